using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Data.Entities.Nudges;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfNudgeStore(SalesCoachDbContext db) : INudgeStore
{
    // SQLite allows 32 766 parameters; a big team's deals are asked for in chunks well under that.
    private const int ChunkSize = 500;

    public async Task<IReadOnlyList<GapSighting>> ListGapSightingsAsync(IReadOnlyCollection<Guid> dealIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dealIds);
        var result = new List<GapSighting>();
        foreach (var chunk in dealIds.Chunk(ChunkSize))
        {
            var rows = await db.GapSightings.AsNoTracking().Where(s => chunk.Contains(s.DealId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            result.AddRange(rows.Select(r => new GapSighting(r.DealId, r.RuleId, r.FirstSeenOn)));
        }

        return result;
    }

    public async Task StageGapSightingsAsync(IReadOnlyCollection<GapSighting> added, IReadOnlyCollection<GapSighting> closed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(closed);
        foreach (var sighting in added)
        {
            if (db.GapSightings.Local.Any(s => s.DealId == sighting.DealId && s.RuleId == sighting.RuleId))
            {
                continue;
            }

            db.GapSightings.Add(new GapSightingEntity { DealId = sighting.DealId, RuleId = sighting.RuleId, FirstSeenOn = sighting.FirstSeenOn });
        }

        foreach (var sighting in closed)
        {
            var entity = await db.GapSightings.FindAsync([sighting.DealId, sighting.RuleId], cancellationToken).ConfigureAwait(false);
            if (entity is not null)
            {
                db.GapSightings.Remove(entity);
            }
        }
    }

    public async Task<IReadOnlyList<DealReview>> ListReviewsAsync(string managerId, CancellationToken cancellationToken)
    {
        var rows = await db.DealReviews.AsNoTracking().Where(r => r.ManagerId == managerId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new DealReview(r.ManagerId, r.DealId) { SnoozedUntil = r.SnoozedUntil, ReviewedAt = r.ReviewedAt })];
    }

    public async Task StageReviewAsync(DealReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var entity = await db.DealReviews.FindAsync([review.ManagerId, review.DealId], cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            entity = new DealReviewEntity { ManagerId = review.ManagerId, DealId = review.DealId };
            db.DealReviews.Add(entity);
        }

        entity.SnoozedUntil = review.SnoozedUntil;
        entity.ReviewedAt = review.ReviewedAt;
    }
}
