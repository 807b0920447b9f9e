using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>
/// "stage" / "阶段": the stage questions, the likely stage (<see cref="Stage.StageCheck.Judge"/>)
/// with the core work there, the offer to set the deal's stage to it, and to mark that stage's
/// core work done (which closes the stage's core-work gap).
/// </summary>
internal sealed class StageCheckDialog(RepDeals deals, GapReport report) : RepFlowDialog(DialogId, "Help.stage",
[
    .. DealSteps.Resolve(deals),
    (step, ct) => AskAsync(step, deals, ct),
    (step, ct) => JudgeAsync(step, deals, report, ct),
    (step, ct) => ApplyAsync(step, deals, report, ct),
])
{
    public const string DialogId = "rep.stage";
    public const string FormPromptId = "rep.stage.card";
    public const string ApplyPromptId = "rep.stage.apply";
    private const string StageKey = "stage";

    private static async Task<Dialogs.DialogTurnResult> AskAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(FormPromptId, new PromptOptions { Card = StageCheckCard.Build(deal, step.Culture) }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> JudgeAsync(WaterfallStepContext step, RepDeals deals, GapReport report, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var form = step.ResultAs<JsonElement>();
        List<VerificationAnswer> answers = [.. StageQuestions.All
            .Select(q => (q.Id, Option: FormValues.Text(form, q.Id)))
            .Where(a => a.Option is not null)
            .Select(a => new VerificationAnswer(a.Id, a.Option!))];
        var result = Stage.StageCheck.Judge(answers);
        if (result.Stage == BuyingJourneyStage.Unknown)
        {
            await step.Context.SendTextAsync(RepText.Get("Stage.Unknown", step.Culture), cancellationToken).ConfigureAwait(false);
            await report.SendAsync(step.Context, deal, deals.Today(step.DialogContext), step.Culture, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.SetValue(StageKey, result.Stage);
        return await step.PromptAsync(ApplyPromptId, new PromptOptions { Card = StageResultCard.Build(result, deal.Stage, deal.StagesWithCoreWorkDone.Contains(result.Stage), step.Culture) }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> ApplyAsync(WaterfallStepContext step, RepDeals deals, GapReport report, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var stage = step.GetValue<BuyingJourneyStage>(StageKey);
        var form = step.ResultAs<JsonElement>();
        var coreWorkDone = string.Equals(FormValues.Text(form, StageResultCard.CoreWorkDoneKey), "true", StringComparison.OrdinalIgnoreCase);
        var done = new HashSet<BuyingJourneyStage>(deal.StagesWithCoreWorkDone);
        var coreWorkChanged = coreWorkDone ? done.Add(stage) : done.Remove(stage);
        var apply = FormValues.Text(form, StageResultCard.ApplyKey) == StageResultCard.Yes;
        if (apply || coreWorkChanged)
        {
            deal = deal with { Stage = apply ? stage : deal.Stage, StagesWithCoreWorkDone = done };
            await deals.SaveAsync(DealSteps.UserId(step), deal, cancellationToken).ConfigureAwait(false);
        }

        var said = apply
            ? RepText.Format("Stage.Applied", step.Culture, CoachingText.Label(stage, step.Culture))
            : RepText.Get("Stage.Kept", step.Culture);
        await step.Context.SendTextAsync(said, cancellationToken).ConfigureAwait(false);

        await report.SendAsync(step.Context, deal, deals.Today(step.DialogContext), step.Culture, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
