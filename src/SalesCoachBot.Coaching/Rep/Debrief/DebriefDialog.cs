using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Rep.Debrief;

/// <summary>
/// "debrief" / "拜访总结": after the visit (the one prepared, or a new one), records who was met,
/// the action commitment obtained and each person's support; the people met get the visit as their
/// last contact, and a changed support is a new dated assessment.
/// </summary>
internal sealed class DebriefDialog(RepDeals deals, GapReport report) : RepFlowDialog(DialogId, "Help.debrief",
[
    .. DealSteps.Resolve(deals),
    (step, ct) => AskAsync(step, deals, ct),
    (step, ct) => SaveAsync(step, deals, report, ct),
])
{
    public const string DialogId = "rep.debrief";
    public const string FormPromptId = "rep.debrief.card";

    public static Task<bool> ValidateAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (InputLimits.TooLong(prompt.Recognized.Value, prompt.Culture,
            (DebriefFormCard.Action, InputLimits.DebriefText, RepText.Get("Debrief.Action", prompt.Culture)),
            (DebriefFormCard.DealProgress, InputLimits.DebriefText, RepText.Get("Debrief.DealProgress", prompt.Culture))) is { } tooLong)
        {
            prompt.RetryMessage = tooLong;
            return Task.FromResult(false);
        }

        var ok = FormValues.List(prompt.Recognized.Value, DebriefFormCard.Met).Any(v => Guid.TryParse(v, out _));
        if (!ok)
        {
            prompt.RetryMessage = RepText.Get("Debrief.MetRequired", prompt.Culture);
        }

        return Task.FromResult(ok);
    }

    private static async Task<Dialogs.DialogTurnResult> AskAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (deal.Stakeholders.Count == 0)
        {
            await step.Context.SendTextAsync(RepText.Get("Debrief.NoPeople", step.Culture), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var card = DebriefFormCard.Build(deal, PrepareVisitDialog.NextVisit(deal, deals.Today(step.DialogContext)), step.Culture);
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
        var visit = PrepareVisitDialog.NextVisit(deal, today);
        var date = FormValues.Date(form, DebriefFormCard.VisitDate) ?? visit.Date;
        var met = FormValues.List(form, DebriefFormCard.Met)
            .Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty)
            .Where(id => deal.Stakeholders.Any(s => s.Id == id))
            .ToList();
        var commitment = new ActionCommitment
        {
            Action = FormValues.Text(form, DebriefFormCard.Action),
            CommittedBy = Guid.TryParse(FormValues.Text(form, DebriefFormCard.CommittedBy), out var by) && deal.Stakeholders.Any(s => s.Id == by) ? by : null,
            DueOn = FormValues.Date(form, DebriefFormCard.DueOn),
            DealProgress = FormValues.Text(form, DebriefFormCard.DealProgress),
            SignsConfirmed = FormValues.Enums<CommitmentSign>(form, DebriefFormCard.Signs),
        };
        var obtained = commitment.Action is not null || commitment.CommittedBy is not null || commitment.DueOn is not null || commitment.DealProgress is not null;
        visit = visit with { Date = date, StakeholderIds = met, Held = true, Commitment = obtained ? commitment : null };

        var people = deal.Stakeholders.Select(person =>
        {
            var updated = person;
            if (met.Contains(person.Id) && (person.LastContactOn is null || person.LastContactOn < date))
            {
                updated = updated with { LastContactOn = date };
            }

            if (FormValues.Enum<SupportLevel>(form, DebriefFormCard.SupportId(person.Id)) is { } level && (met.Contains(person.Id) || person.CurrentSupport?.Level != level))
            {
                // Newest first, as in the people form: it wins a same-day tie in CurrentSupport.
                var assessment = new SupportAssessment { AssessedOn = today, Level = level, Scores = person.CurrentSupport?.Scores ?? new Dictionary<SupportDimension, int>() };
                updated = updated with { SupportHistory = [assessment, .. updated.SupportHistory] };
            }

            return updated;
        }).ToList();
        deal = deal with { Stakeholders = people, Visits = [.. deal.Visits.Where(v => v.Id != visit.Id).Append(visit)] };
        await deals.SaveAsync(DealSteps.UserId(step), deal, cancellationToken).ConfigureAwait(false);

        var names = people.Where(p => met.Contains(p.Id)).Select(p => p.Name).ToList();
        var card = DebriefResultCard.Build(visit, names, step.Culture);
        await step.Context.SendCardAsync(card, card.FallbackText!, cancellationToken).ConfigureAwait(false);
        await report.SendAsync(step.Context, deal, today, step.Culture, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
