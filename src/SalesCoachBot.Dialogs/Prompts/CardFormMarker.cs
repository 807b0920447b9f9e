using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// The hidden data the engine puts on its cards' buttons: the form id (to tell a live card from a
/// stale one) and, for choice buttons, the chosen value. Reads it back from an <c>Action.Submit</c>
/// message (<c>value</c>) or an <c>adaptiveCard/action</c> invoke (<c>value.action.data</c>).
/// </summary>
internal static class CardFormMarker
{
    public const string FormKey = "dialogForm";
    public const string ChoiceKey = "dialogChoice";

    /// <summary>The submitted data (button data merged with inputs) of a card action, or null.</summary>
    public static JsonElement? SubmittedData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
            && string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.Ordinal)
            && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            return data;
        }

        return null;
    }

    /// <summary>The form id a card action carries, or null when it is not one of the engine's cards.</summary>
    public static string? FormId(Activity activity) =>
        SubmittedData(activity) is { } data && data.TryGetProperty(FormKey, out var form) && form.ValueKind == JsonValueKind.String
            ? form.GetString()
            : null;

    /// <summary>A button's data: the marker plus the chosen value, if any.</summary>
    public static JsonElement ButtonData(string formId, string? choice = null)
    {
        var data = new JsonObject { [FormKey] = formId };
        if (choice is not null)
        {
            data[ChoiceKey] = choice;
        }

        return JsonSerializer.SerializeToElement(data);
    }

    /// <summary>Adds the marker to data a caller put on a button, keeping the caller's own keys.</summary>
    public static JsonElement Mark(JsonElement? data, string formId)
    {
        var node = data is { ValueKind: JsonValueKind.Object } existing ? JsonNode.Parse(existing.GetRawText())!.AsObject() : [];
        node[FormKey] = formId;
        return JsonSerializer.SerializeToElement(node);
    }
}
