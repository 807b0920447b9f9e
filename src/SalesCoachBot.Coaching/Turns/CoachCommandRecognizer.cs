using System.Text.Json;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// Finds the command an activity asks for. Typed words are matched in both languages whatever the
/// user's locale: a Chinese user tapping a command in the Teams menu sends its Chinese title even
/// when the client runs in English, and the other way round.
/// </summary>
public sealed class CoachCommandRecognizer
{
    /// <summary>The card data property that names a command.</summary>
    public const string CommandDataKey = "command";

    private readonly Dictionary<string, CoachCommand> _byName;
    private readonly Dictionary<string, CoachCommand> _byWord;

    public CoachCommandRecognizer(IEnumerable<CoachCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        _byName = new Dictionary<string, CoachCommand>(StringComparer.OrdinalIgnoreCase);
        _byWord = new Dictionary<string, CoachCommand>(StringComparer.Ordinal);
        foreach (var command in commands)
        {
            _byName[command.Name] = command;
            foreach (var culture in TurnUserResolver.Cultures)
            {
                foreach (var word in command.Text("Keywords", culture).Split('|'))
                {
                    var normalized = Normalize(word);
                    if (normalized.Length > 0)
                    {
                        _byWord.TryAdd(normalized, command);
                    }
                }
            }
        }
    }

    /// <summary>The commands in menu order.</summary>
    public IReadOnlyList<CoachCommand> Commands => [.. _byName.Values.OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>The command the activity asks for, or null.</summary>
    public RecognizedCommand? Recognize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CardData(activity) is { } data)
        {
            return data.TryGetProperty(CommandDataKey, out var name) && name.ValueKind == JsonValueKind.String
                && _byName.TryGetValue(name.GetString()!, out var fromCard)
                ? new RecognizedCommand(fromCard, data)
                : null;
        }

        return _byWord.TryGetValue(Normalize(activity.TextWithoutBotMention()), out var typed)
            ? new RecognizedCommand(typed, null)
            : null;
    }

    // A submit carries its data as the message value; an Action.Execute invoke under value.action.data.
    private static JsonElement? CardData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
                && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? data
                : null;
        }

        return value;
    }

    private static string Normalize(string text) => TextNormalizer.Normalize(text).TrimStart('/');
}
