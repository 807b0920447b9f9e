using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Dialogs;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>The learner's own progress (进度 / progress): mastery per section, streak, due count, and a button to practise.</summary>
internal sealed class PracticeProgressDialog(
    IPracticeStore store, QuestionBank bank, FsrsScheduler scheduler, CoachCommandRecognizer commands, IOptions<PracticeOptions> options) : Dialog(DialogId)
{
    public const string DialogId = "practice.progress";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var userId = dc.Context.Activity.From?.Id ?? throw new InvalidOperationException("A progress turn needs the user's id.");
        var items = await store.ListItemsAsync(userId, cancellationToken).ConfigureAwait(false);
        var activity = await store.ListActivityAsync(userId, cancellationToken).ConfigureAwait(false);
        var masteryDays = Options.MasteryStabilityDays;
        var progress = PracticeProgressCalculator.Compute(bank, items, activity, dc.TimeProvider.GetUtcNow(), dc.UserTimeZone, scheduler, Options);
        var practice = commands.Commands.Single(c => c.Name == PracticeServiceCollectionExtensions.PracticeCommand);
        var button = MenuCard.CommandButton(practice, PracticeText.Get("Progress.Practice", dc.Culture));
        var card = PracticeProgressCard.Build(progress, masteryDays, button, dc.Culture);
        await dc.Context.SendCardAsync(card, PracticeText.Get("Progress.Title", dc.Culture), cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private PracticeOptions Options => options.Value;
}
