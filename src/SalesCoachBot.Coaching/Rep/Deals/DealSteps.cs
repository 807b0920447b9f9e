using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// The two steps every deal flow starts with: find the deal (the button's <c>dealId</c>, else the
/// rep's current deal, else their only deal, else ask), then remember it as the current deal.
/// </summary>
internal static class DealSteps
{
    private const string DealIdKey = "dealId";

    public static WaterfallStep[] Resolve(RepDeals deals) =>
    [
        (step, ct) => FindAsync(step, deals, ct),
        (step, ct) => RememberAsync(step, deals, ct),
    ];

    public static string UserId(WaterfallStepContext step) =>
        step.Context.Activity.From?.Id ?? throw new InvalidOperationException("A deal flow needs the user's id.");

    public static Guid DealId(WaterfallStepContext step) => step.GetValue<Guid>(DealIdKey);

    /// <summary>
    /// Opens the flow's deal again for a change, re-checking that it is the rep's; on refusal the
    /// rep is told why and null is returned.
    /// </summary>
    public static async Task<Deal?> OpenAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        var access = await deals.OpenAsync(UserId(step), DealId(step), cancellationToken).ConfigureAwait(false);
        if (access.Deal is null)
        {
            await step.Context.SendTextAsync(RepText.Get(access.RefusalKey!, step.Culture), cancellationToken).ConfigureAwait(false);
        }

        return access.Deal;
    }

    private static async Task<Dialogs.DialogTurnResult> FindAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        var userId = UserId(step);
        var options = step.OptionsAs<CardActionData>() ?? new CardActionData();
        if (options.DealId is { } asked)
        {
            var access = Guid.TryParse(asked, out var id) ? await deals.OpenAsync(userId, id, cancellationToken).ConfigureAwait(false) : DealAccess.NotFound;
            if (access.Deal is null)
            {
                await step.Context.SendTextAsync(RepText.Get(access.RefusalKey!, step.Culture), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            return await step.NextAsync(id, cancellationToken).ConfigureAwait(false);
        }

        if (await deals.CurrentAsync(userId, cancellationToken).ConfigureAwait(false) is { } current
            && (await deals.OpenAsync(userId, current, cancellationToken).ConfigureAwait(false)).Deal is not null)
        {
            return await step.NextAsync(current, cancellationToken).ConfigureAwait(false);
        }

        var mine = await deals.ListAsync(userId, cancellationToken).ConfigureAwait(false);
        return mine.Count == 1
            ? await step.NextAsync(mine[0].Deal.Id, cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(PickDealDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> RememberAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        if (step.ResultAs<Guid?>() is not { } id)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.SetValue(DealIdKey, id);
        await deals.SetCurrentAsync(UserId(step), id, cancellationToken).ConfigureAwait(false);
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
