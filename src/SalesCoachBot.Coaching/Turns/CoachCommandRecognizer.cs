using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// The router from what a user did to the command that answers it. A card button names its command
/// in its <see cref="CardActionData"/> (<see cref="CardActionData.Command"/>), and the whole action
/// goes to that command's dialog as its options. Typed words are matched in both languages whatever
/// the user's locale: a Chinese user tapping a command in the Teams menu sends its Chinese title even
/// when the client runs in English, and the other way round.
/// </summary>
public sealed class CoachCommandRecognizer
{
    private readonly Dictionary<string, CoachCommand> _byName;
    private readonly Dictionary<string, CoachCommand> _byWord;

    /// <summary>Indexes the commands; two commands with the same name or keyword (after normalisation) throw, naming both.</summary>
    public CoachCommandRecognizer(IEnumerable<CoachCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        _byName = new Dictionary<string, CoachCommand>(StringComparer.OrdinalIgnoreCase);
        _byWord = new Dictionary<string, CoachCommand>(StringComparer.Ordinal);
        foreach (var command in commands)
        {
            if (!_byName.TryAdd(command.Name, command))
            {
                throw new InvalidOperationException(
                    $"Two commands are named '{command.Name}' (dialogs '{_byName[command.Name].DialogId}' and '{command.DialogId}').");
            }

            foreach (var culture in TurnUserResolver.Cultures)
            {
                foreach (var word in command.Text("Keywords", culture).Split('|'))
                {
                    var normalized = Normalize(word);
                    if (normalized.Length > 0 && !_byWord.TryAdd(normalized, command) && _byWord[normalized] != command)
                    {
                        throw new InvalidOperationException(
                            $"The commands '{_byWord[normalized].Name}' and '{command.Name}' share the keyword '{normalized}'; a typed '{word.Trim()}' could start either.");
                    }
                }
            }
        }
    }

    /// <summary>The commands in menu order.</summary>
    public IReadOnlyList<CoachCommand> Commands => [.. _byName.Values.OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The command the activity asks for, or null. A card action answers only by its command: one
    /// without (a form's submit, a choice) is left to the dialog in progress.
    /// </summary>
    public RecognizedCommand? Recognize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CardActionData.Read(activity) is { } action)
        {
            return action.Command is { } name && _byName.TryGetValue(name, out var fromCard)
                ? new RecognizedCommand(fromCard, action)
                : null;
        }

        return _byWord.TryGetValue(Normalize(activity.TextWithoutBotMention()), out var typed)
            ? new RecognizedCommand(typed, null)
            : null;
    }

    private static string Normalize(string text) => TextNormalizer.Normalize(text).TrimStart('/');
}
