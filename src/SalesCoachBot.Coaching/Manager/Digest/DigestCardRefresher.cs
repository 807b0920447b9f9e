using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>The manager's digest as it is now, for the manager who opens it (their own team only).</summary>
internal sealed class DigestCardRefresher(TeamDialog team, TimeProvider timeProvider) : ICardRefresher
{
    public string Command => NudgeServiceCollectionExtensions.TeamCommand;

    public async Task<AdaptiveCard?> RefreshAsync(TurnContext turn, CardActionData data, TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), user.TimeZone).DateTime);
        return await team.CurrentDigestAsync(user.Id, today, user.Culture, cancellationToken).ConfigureAwait(false);
    }
}
