using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>"gaps" / "缺口": the current deal's gap card.</summary>
internal sealed class GapsDialog(RepDeals deals, GapReport report) : WaterfallDialog(DialogId,
[
    .. DealSteps.Resolve(deals),
    (step, ct) => ShowAsync(step, deals, report, ct),
])
{
    public const string DialogId = "rep.gaps";

    private static async Task<Dialogs.DialogTurnResult> ShowAsync(WaterfallStepContext step, RepDeals deals, GapReport report, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is { } deal)
        {
            await report.SendAsync(step.Context, deal, deals.Today(step.DialogContext), step.Culture, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
