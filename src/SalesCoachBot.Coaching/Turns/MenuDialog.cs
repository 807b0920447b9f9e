using System.Collections.Concurrent;
using System.Globalization;
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
/// the menu; anything else it did not understand gets a short "I didn't catch that" with the user's
/// main buttons and one that opens the whole menu.
/// </summary>
/// <remarks>
/// Whose buttons lead the menu (<see cref="LeadingRoleAsync"/>), one rule, behaviour first: practice
/// answered in the last <see cref="RecentDays"/> days → the learner's buttons; else a deal of their own
/// (a current deal) → the rep's; else what they said they mainly want to do on the welcome
/// (<see cref="UserProfile.MainUse"/>); without an answer, their role.
/// </remarks>
internal sealed class MenuDialog(
    CoachCommandRecognizer commands,
    TurnUserProvider turnUsers,
    IUserStore users,
    IMenuFactsStore facts,
    TimeProvider timeProvider) : Dialog(DialogId)
{
    public const string DialogId = "menu";

    /// <summary>At most this many commands up front; the rest sit behind "more".</summary>
    public const int MainCount = 6;

    /// <summary>How far back what the user did decides the menu.</summary>
    public const int RecentDays = 7;

    // What each role does most, first. Commands not named here (or not registered) go behind "more".
    private static readonly string[] RepMain = ["deals", "prep", "people", "kp", "gaps"];
    private static readonly string[] ManagerMain = ["team", "readiness", "deals", "gaps"];
    private static readonly string[] LearnerMain = ["practice", "progress", "remind"];

    // The product's commands are fixed at start, so the menu of a language, role and intro is too.
    private static readonly ConcurrentDictionary<(string Culture, bool Asked, UserRole Role), Attachment> Cards = new();

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var typed = TextNormalizer.Normalize(dc.Context.Activity.TextWithoutBotMention());
        var asked = typed.Length == 0 || IsGreetingOrHelp(typed);
        if (!asked)
        {
            CoachingTelemetry.RecordUnmatchedInput(dc.Context.Activity.ChannelId);
        }

        var intro = CoachingText.Get(asked ? "Menu.Intro" : "Menu.NotUnderstood", dc.Culture);
        var user = await turnUsers.GetAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var role = await LeadingRoleAsync(user, cancellationToken).ConfigureAwait(false);
        if (CardActionData.Read(dc.Context.Activity) is { Command: MenuCard.AllCommands })
        {
            // "All commands" on the short card: the whole menu takes its place.
            dc.Context.ReplacePressedCardWithNextCard();
        }

        // The menu only depends on the language, the leading role and which intro: built and serialized once.
        var attachment = Cards.GetOrAdd((dc.Culture.Name, asked, role), _ => CardSerializer.ToAttachment(asked ? Build(role, intro, dc.Culture) : BuildShort(role, intro, dc.Culture)));
        await dc.Context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Summary = intro, Attachments = [attachment] }, cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The menu for the turn's user, headed by <paramref name="intro"/>.</summary>
    public async Task<AdaptiveCard> BuildAsync(DialogContext dc, string intro, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var user = await turnUsers.GetAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var role = await LeadingRoleAsync(user, cancellationToken).ConfigureAwait(false);
        return Build(role, intro, dc.Culture);
    }

    /// <summary>The menu with <paramref name="role"/>'s buttons first.</summary>
    public AdaptiveCard Build(UserRole role, string intro, CultureInfo culture)
    {
        var (main, more) = Split(commands.Commands, MainFor(role));
        return MenuCard.Build(CoachingText.Get("Menu.Title", culture), intro, main, more, culture);
    }

    /// <summary>The short answer to words not understood: <paramref name="role"/>'s main buttons and "all commands".</summary>
    private AdaptiveCard BuildShort(UserRole role, string intro, CultureInfo culture) =>
        MenuCard.BuildShort(CoachingText.Get("Menu.Title", culture), intro, Split(commands.Commands, MainFor(role)).Main, culture);

    /// <summary>Whose buttons lead the menu: the rule in the class remarks.</summary>
    public async Task<UserRole> LeadingRoleAsync(TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var since = timeProvider.GetUtcNow().AddDays(-RecentDays);
        var known = await facts.ReadAsync(user.Id, cancellationToken).ConfigureAwait(false);
        if (known.LastPracticedAt >= since)
        {
            return UserRole.NewHire;
        }

        if (known.HasCurrentDeal)
        {
            return UserRole.Rep;
        }

        var profile = await users.FindAsync(user.Id, cancellationToken).ConfigureAwait(false);
        return profile?.MainUse ?? user.Role;
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
