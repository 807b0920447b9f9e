using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// "deals" / "我的项目": pick one of the rep's deals or create one, and see its gaps. From a gap
/// card's button (with <c>dealId</c>) it edits that deal's details instead.
/// </summary>
internal sealed class MyDealsDialog(RepDeals deals, GapReport report) : RepFlowDialog(DialogId, "Help.deals",
[
    (step, ct) => step.OptionsAs<CardActionData>()?.DealId is null
        ? step.BeginDialogAsync(PickDealDialog.DialogId, null, ct)
        : step.BeginDialogAsync(DealFormDialog.DialogId, step.OptionsAs<CardActionData>(), ct),
    (step, ct) => ShowAsync(step, deals, report, ct),
])
{
    public const string DialogId = "rep.deals";

    private static async Task<Dialogs.DialogTurnResult> ShowAsync(WaterfallStepContext step, RepDeals deals, GapReport report, CancellationToken cancellationToken)
    {
        if (step.ResultAs<Guid?>() is { } id)
        {
            var userId = DealSteps.UserId(step);
            if ((await deals.OpenAsync(userId, id, cancellationToken).ConfigureAwait(false)).Deal is { } deal)
            {
                await deals.SetCurrentAsync(userId, id, cancellationToken).ConfigureAwait(false);
                await report.SendAsync(step.Context, deal, deals.Today(step.DialogContext), step.Culture, cancellationToken).ConfigureAwait(false);
            }
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
