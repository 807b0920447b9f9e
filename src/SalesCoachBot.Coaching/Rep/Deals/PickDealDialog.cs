using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>Picks one of the rep's deals (open ones first, most recent first) or creates one; ends with the deal's id.</summary>
internal sealed class PickDealDialog(RepDeals deals) : RepFlowDialog(DialogId, "Help.deals",
[
    (step, ct) => AskAsync(step, deals, ct),
    (step, ct) => ChosenAsync(step, ct),
    (step, ct) => step.EndDialogAsync(step.ResultAs<Guid?>(), ct),
])
{
    public const string DialogId = "rep.pickDeal";
    public const string ChoicePromptId = "rep.choice";
    private const string NewValue = "new";
    private const string CreatingKey = "creating";

    private static async Task<Dialogs.DialogTurnResult> AskAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        var mine = await deals.ListAsync(DealSteps.UserId(step), cancellationToken).ConfigureAwait(false);
        if (mine.Count == 0)
        {
            step.SetValue(CreatingKey, true);
            return await step.BeginDialogAsync(DealFormDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
        }

        // Open deals first; a closed one stays pickable (to look back, or to delete it) but says it is closed.
        var choices = mine.OrderBy(r => r.Deal.IsClosed)
            .Select(r => new Choice(RepText.Format(r.Deal.IsClosed ? "Deal.Pick.ItemClosed" : "Deal.Pick.Item", step.Culture, r.Deal.Customer, r.Deal.Name), r.Deal.Id.ToString("D")))
            .Append(new Choice(RepText.Get("Deal.Pick.New", step.Culture), NewValue))
            .ToList();
        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = RepText.Get("Deal.Pick.Prompt", step.Culture), Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> ChosenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetValue<bool>(CreatingKey))
        {
            return await step.EndDialogAsync(step.ResultAs<Guid?>(), cancellationToken).ConfigureAwait(false);
        }

        var chosen = step.ResultAs<FoundChoice>();
        if (chosen is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return chosen.Value == NewValue
            ? await step.BeginDialogAsync(DealFormDialog.DialogId, null, cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(Guid.Parse(chosen.Value), cancellationToken).ConfigureAwait(false);
    }
}
