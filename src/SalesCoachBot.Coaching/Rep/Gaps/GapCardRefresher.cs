using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>The gap card as the deal is now, for its owner only (a deal of someone else's refreshes to nothing).</summary>
internal sealed class GapCardRefresher(RepDeals deals, GapReport report, TimeProvider timeProvider) : ICardRefresher
{
    public string Command => RepCommands.Gaps;

    public async Task<AdaptiveCard?> RefreshAsync(TurnContext turn, CardActionData data, TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(user);
        if (!Guid.TryParse(data.DealId, out var dealId)
            || (await deals.OpenAsync(user.Id, dealId, cancellationToken).ConfigureAwait(false)).Deal is not { } deal)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), user.TimeZone).DateTime);
        return await report.BuildAsync(turn, deal, today, user.Culture, cancellationToken).ConfigureAwait(false);
    }
}
