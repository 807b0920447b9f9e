using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Rep.Prep;

/// <summary>
/// "prep" / "准备拜访": the six-item checklist for the next visit (the latest visit not yet held, or
/// a new one). Each submit saves what was filled, even partly, so the rep can come back to it.
/// </summary>
internal sealed class PrepareVisitDialog(RepDeals deals, GapReport report) : RepFlowDialog(DialogId, "Help.prep",
[
    .. DealSteps.Resolve(deals),
    (step, ct) => AskAsync(step, deals, ct),
    (step, ct) => SaveAsync(step, deals, report, ct),
])
{
    public const string DialogId = "rep.prep";
    public const string FormPromptId = "rep.prep.card";

    /// <summary>Each checklist item is held to the card's limit, the refusal naming the item.</summary>
    public static Task<bool> ValidateAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var fields = Enum.GetValues<VisitChecklistItem>()
            .Select(item => (VisitChecklistCard.InputId(item), InputLimits.VisitNote, CoachingText.Label(item, prompt.Culture)))
            .ToArray();
        prompt.RetryMessage = InputLimits.TooLong(prompt.Recognized.Value, prompt.Culture, fields);
        return Task.FromResult(prompt.RetryMessage is null);
    }

    public static Visit NextVisit(Deal deal, DateOnly today) =>
        deal.Visits.Where(v => !v.Held).OrderByDescending(v => v.Date).FirstOrDefault()
        ?? new Visit { Id = Guid.NewGuid(), Date = today };

    private static async Task<Dialogs.DialogTurnResult> AskAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var card = VisitChecklistCard.Build(deal, NextVisit(deal, deals.Today(step.DialogContext)), step.Culture);
        return await step.PromptAsync(FormPromptId, new PromptOptions { Card = card }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> SaveAsync(WaterfallStepContext step, RepDeals deals, GapReport report, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var form = step.ResultAs<JsonElement>();
        var today = deals.Today(step.DialogContext);
        var visit = NextVisit(deal, today);
        string? Field(VisitChecklistItem item) => FormValues.Text(form, VisitChecklistCard.InputId(item));
        visit = visit with
        {
            Date = FormValues.Date(form, VisitChecklistCard.VisitDate) ?? visit.Date,
            Plan = new VisitPlan
            {
                NeedsPreset = Field(VisitChecklistItem.NeedsPreset),
                VisitPurpose = Field(VisitChecklistItem.VisitPurpose),
                CompetitorPreset = Field(VisitChecklistItem.CompetitorPreset),
                OurDifference = Field(VisitChecklistItem.OurDifference),
                GuidancePath = Field(VisitChecklistItem.GuidancePath),
                CommitmentToAsk = Field(VisitChecklistItem.CommitmentToAsk),
            },
        };
        var visits = deal.Visits.Where(v => v.Id != visit.Id).Append(visit).ToList();
        deal = deal with { Visits = visits };
        await deals.SaveAsync(DealSteps.UserId(step), deal, cancellationToken).ConfigureAwait(false);

        if (step.Context.NextCardReplacesPressedCard)
        {
            // Action.Execute: the checklist becomes what it now says, in place.
            var progress = VisitChecklistCard.BuildProgress(visit.Plan, step.Culture);
            await step.Context.SendCardAsync(progress, progress.FallbackText!, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // A message (Action.Submit): the same words above the gap card, one message rather than two.
            step.Context.AddLeadText(VisitChecklistCard.ProgressText(visit.Plan, step.Culture));
        }

        await report.SendAsync(step.Context, deal, today, step.Culture, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
