using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Interruptions;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// The root when no flow is active: shows what the bot can do. A greeting or a request for help gets
/// the menu; anything else it did not understand gets a short "I didn't catch that" and the menu.
/// </summary>
internal sealed class MenuDialog(CoachCommandRecognizer commands) : Dialog(DialogId)
{
    public const string DialogId = "menu";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var culture = dc.Culture;
        var typed = TextNormalizer.Normalize(dc.Context.Activity.TextWithoutBotMention());
        var asked = typed.Length == 0 || IsGreetingOrHelp(typed);
        var intro = CoachingText.Get(asked ? "Menu.Intro" : "Menu.NotUnderstood", culture);
        var card = MenuCard.Build(CoachingText.Get("Menu.Title", culture), intro, commands.Commands, culture);
        await dc.Context.SendCardAsync(card, intro, cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsGreetingOrHelp(string typed) =>
        TurnUserResolver.Cultures
            .SelectMany(culture => CoachingText.Get("Menu.Keywords", culture).Split('|'))
            .Any(word => TextNormalizer.Normalize(word) == typed);
}
