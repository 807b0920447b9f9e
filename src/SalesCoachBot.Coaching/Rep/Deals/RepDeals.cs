using Microsoft.Extensions.Logging;
using SalesCoachBot.Dialogs;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// The rep's own deals: every read for a change goes through <see cref="OpenAsync"/>, which refuses
/// (and logs) a deal owned by someone else, so a card carrying another rep's deal id changes nothing.
/// </summary>
internal sealed partial class RepDeals(IDealStore deals, ICurrentDealStore current, TimeProvider timeProvider, ILogger<RepDeals> logger)
{
    public async Task<DealAccess> OpenAsync(string userId, Guid dealId, CancellationToken cancellationToken)
    {
        var record = await deals.FindAsync(dealId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return DealAccess.NotFound;
        }

        if (!string.Equals(record.OwnerUserId, userId, StringComparison.Ordinal))
        {
            LogRefused(userId, dealId, record.OwnerUserId);
            return DealAccess.Refused;
        }

        return DealAccess.Granted(record.Deal);
    }

    public Task<IReadOnlyList<DealRecord>> ListAsync(string userId, CancellationToken cancellationToken) =>
        deals.ListByOwnerAsync(userId, cancellationToken);

    /// <summary>Stages the deal; callers opened it with <see cref="OpenAsync"/> in this turn, or created it.</summary>
    public Task SaveAsync(string userId, Deal deal, CancellationToken cancellationToken) => deals.SaveAsync(userId, deal, cancellationToken);

    public Task<Guid?> CurrentAsync(string userId, CancellationToken cancellationToken) => current.FindAsync(userId, cancellationToken);

    public Task SetCurrentAsync(string userId, Guid dealId, CancellationToken cancellationToken) => current.SetAsync(userId, dealId, cancellationToken);

    /// <summary>Today where the user is: the dates the rep sees and enters are their local dates.</summary>
    public DateOnly Today(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), dc.UserTimeZone).DateTime);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} was refused deal {DealId}, which belongs to {OwnerUserId}")]
    private partial void LogRefused(string userId, Guid dealId, string ownerUserId);
}
