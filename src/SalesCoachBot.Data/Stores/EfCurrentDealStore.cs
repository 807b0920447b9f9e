using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Data.Entities.Deals;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfCurrentDealStore(SalesCoachDbContext db, TimeProvider timeProvider) : ICurrentDealStore
{
    public async Task<Guid?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var row = await db.FindCurrentDealAsync(userId, cancellationToken).ConfigureAwait(false);
        return row?.DealId;
    }

    public async Task SetAsync(string userId, Guid dealId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var row = await db.FindCurrentDealAsync(userId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new CurrentDealEntity { UserId = userId };
            db.CurrentDeals.Add(row);
        }
        else if (row.DealId == dealId)
        {
            // Already the current deal: nothing to stage, so a turn that only re-opens it writes nothing.
            return;
        }

        row.DealId = dealId;
        row.UpdatedAt = timeProvider.GetUtcNow();
    }
}
