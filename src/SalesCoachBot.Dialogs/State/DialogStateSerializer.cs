using System.Text.Encodings.Web;
using System.Text.Json;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.State;

/// <summary>
/// Writes and reads the stored JSON of a stack. Reading never throws: state it cannot use comes back
/// empty with <see cref="DialogState.LoadProblem"/> set, and the engine tells the user it starts afresh.
/// </summary>
public static class DialogStateSerializer
{
    /// <summary>The JSON settings of stored dialog state (and of values dialogs keep in it).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    /// <summary>The state as JSON.</summary>
    public static string Serialize(DialogState state) => JsonSerializer.Serialize(state, JsonOptions);

    /// <summary>
    /// Reads stored state. <paramref name="schemaVersion"/> is the version stored beside the JSON
    /// (a store that keeps it in a column passes it; otherwise pass the JSON's own).
    /// </summary>
    public static DialogState Deserialize(string? json, int schemaVersion)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new DialogState();
        }

        if (schemaVersion != DialogState.CurrentSchemaVersion)
        {
            return new DialogState { LoadProblem = $"schema version {schemaVersion}, this build reads {DialogState.CurrentSchemaVersion}" };
        }

        try
        {
            var state = JsonSerializer.Deserialize<DialogState>(json, JsonOptions);
            if (state is null || state.SchemaVersion != DialogState.CurrentSchemaVersion)
            {
                return new DialogState { LoadProblem = $"schema version {state?.SchemaVersion} in the JSON" };
            }

            state.Stack ??= [];
            return state.Stack.Any(i => i is null || string.IsNullOrEmpty(i.Id) || i.State is null)
                ? new DialogState { LoadProblem = "an instance without id or state" }
                : state;
        }
        catch (JsonException e)
        {
            return new DialogState { LoadProblem = "unreadable JSON: " + e.Message };
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Chinese answers stay readable in the stored JSON.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectRequiredConstructorParameters = true,
        };
        // Cards kept in prompt state are copied into the stored JSON as they are.
        options.Converters.Add(RawJsonElementConverter.Instance);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
