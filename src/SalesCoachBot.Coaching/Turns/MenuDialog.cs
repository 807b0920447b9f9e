using System.Collections.Concurrent;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Telemetry;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// The root when no flow is active: shows what the bot can do. A greeting or a request for help gets
/// the menu; anything else it did not understand gets a short "I didn't catch that" and the menu.
/// </summary>
internal sealed class MenuDialog(CoachCommandRecognizer commands, TurnUserProvider turnUsers) : Dialog(DialogId)
{
    public const string DialogId = "menu";

    /// <summary>At most this many commands up front; the rest sit behind "more".</summary>
    public const int MainCount = 6;

    // What each role does most, first. Commands not named here (or not registered) go behind "more".
    private static readonly string[] RepMain = ["deals", "prep", "people", "kp", "gaps"];
    private static readonly string[] ManagerMain = ["team", "readiness", "deals", "gaps"];
    private static readonly string[] LearnerMain = ["practice", "progress", "remind"];

    // The product's commands are fixed at start, so the menu of a language, role and intro is too.
    private static readonly ConcurrentDictionary<(string Culture, bool Asked, UserRole Role), Attachment> Cards = new();

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var culture = dc.Culture;
        var typed = TextNormalizer.Normalize(dc.Context.Activity.TextWithoutBotMention());
        var asked = typed.Length == 0 || IsGreetingOrHelp(typed);
        if (!asked)
        {
            CoachingTelemetry.RecordUnmatchedInput(dc.Context.Activity.ChannelId);
        }

        var intro = CoachingText.Get(asked ? "Menu.Intro" : "Menu.NotUnderstood", culture);
        var user = await turnUsers.GetAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        // The menu only depends on the language, the role and which intro: built and serialized once.
        var attachment = Cards.GetOrAdd((culture.Name, asked, user.Role), _ =>
        {
            var (main, more) = Split(commands.Commands, MainFor(user.Role));
            return CardSerializer.ToAttachment(MenuCard.Build(CoachingText.Get("Menu.Title", culture), intro, main, more, culture));
        });
        await dc.Context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Summary = intro, Attachments = [attachment] }, cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static string[] MainFor(UserRole role) => role switch
    {
        UserRole.Manager => ManagerMain,
        UserRole.NewHire => LearnerMain,
        _ => RepMain,
    };

    private static (IReadOnlyList<CoachCommand> Main, IReadOnlyList<CoachCommand> More) Split(IEnumerable<CoachCommand> all, string[] mainNames)
    {
        var registered = all.ToList();
        var main = mainNames
            .Select(name => registered.Find(c => c.Name == name))
            .OfType<CoachCommand>()
            .Take(MainCount)
            .ToList();
        return (main, [.. registered.Except(main)]);
    }

    private static bool IsGreetingOrHelp(string typed) => GreetingsAndHelp.Value.Contains(typed);

    private static readonly Lazy<HashSet<string>> GreetingsAndHelp = new(() =>
    [
        .. TurnUserResolver.Cultures
            .SelectMany(culture => CoachingText.Get("Menu.Keywords", culture).Split('|'))
            .Select(TextNormalizer.Normalize),
    ]);
}
