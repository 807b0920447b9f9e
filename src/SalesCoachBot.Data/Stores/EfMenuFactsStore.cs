using SalesCoachBot.Coaching.Turns;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// The menu's facts in one statement (the user's current-deal row and their practice answers' times,
/// as one union), then what the turn has staged on top.
/// </summary>
internal sealed class EfMenuFactsStore(SalesCoachDbContext db) : IMenuFactsStore
{
    public async Task<MenuFacts> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        DateTimeOffset? practiced = null;
        var hasDeal = false;
        foreach (var row in await db.MenuFactsOfAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            if (row.IsCurrentDeal)
            {
                hasDeal = true;
            }
            else if (practiced is null || row.At > practiced)
            {
                practiced = row.At;
            }
        }

        // Staged by this turn and not committed yet: answers are only ever added, a current deal set or replaced.
        foreach (var review in TurnQueries.TrackedAll(db, db.PracticeReviews))
        {
            if (review.UserId == userId && (practiced is null || review.ReviewedAt > practiced))
            {
                practiced = review.ReviewedAt;
            }
        }

        if (TurnQueries.Tracked(db, db.CurrentDeals, userId) is not null)
        {
            hasDeal = true;
        }

        return new MenuFacts(practiced, hasDeal);
    }
}
