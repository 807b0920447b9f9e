using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// <c>focus</c> / "我的重点": the welcome's question, "what do you mainly want to do?". Typed, it asks
/// again; answered (a button of <see cref="WelcomeCard"/>), it remembers the answer on the profile
/// (<see cref="UserProfile.MainUse"/>) and answers with the menu, that role's buttons first — in
/// place of the question card when it was pressed by <c>Action.Execute</c>.
/// </summary>
internal sealed class FocusDialog(IUserStore users, MenuDialog menu) : Dialog(DialogId)
{
    public const string DialogId = "focus";
    public const string Command = "focus";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var culture = dc.Culture;
        var answer = options is CardActionData { Choice: { } choice }
            ? WelcomeCard.Answers.FirstOrDefault(a => a.Role.ToString() == choice)
            : default;
        if (answer.Key is null || dc.Context.Activity.From?.Id is not { Length: > 0 } userId)
        {
            var question = WelcomeCard.Build(culture, withIntro: false);
            await dc.Context.SendCardAsync(question, question.FallbackText, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var profile = await users.FindAsync(userId, cancellationToken).ConfigureAwait(false) ?? new UserProfile(userId);
        await users.UpsertAsync(profile with { MainUse = answer.Role }, cancellationToken).ConfigureAwait(false);
        var intro = CoachingText.Format("Focus.Saved", culture, CoachingText.Get(answer.Key, culture));
        dc.Context.ReplacePressedCardWithNextCard();
        var card = menu.Build(answer.Role, intro, culture);
        await dc.Context.SendCardAsync(card, intro, cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
