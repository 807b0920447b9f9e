using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Data.Entities.Deals;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfDealStore(SalesCoachDbContext db, TimeProvider timeProvider) : IDealStore
{
    // SQLite allows 32766 parameters; far fewer keeps each statement's plan small and cacheable.
    internal const int OwnersPerQuery = 500;

    public async Task<DealRecord?> FindAsync(Guid dealId, CancellationToken cancellationToken)
    {
        var row = await db.FindDealAsync(dealId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : RecentRecord(row);
    }

    public async Task<IReadOnlyList<DealRecord>> ListByOwnerAsync(string ownerUserId, CancellationToken cancellationToken)
    {
        var rows = await db.DealsOwnedByAsync(ownerUserId, cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(RecentRecord);
    }

    public async Task<IReadOnlyList<DealRecord>> ListByOwnersAsync(IReadOnlyCollection<string> ownerUserIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ownerUserIds);
        var rows = new List<DealEntity>();
        foreach (var chunk in ownerUserIds.Distinct(StringComparer.Ordinal).Chunk(OwnersPerQuery))
        {
            rows.AddRange(await db.Deals.AsNoTracking()
                .Where(d => chunk.Contains(d.OwnerUserId))
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return [.. rows.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id).Select(ToRecord)];
    }

    public async Task SaveAsync(string ownerUserId, Deal deal, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerUserId);
        ArgumentNullException.ThrowIfNull(deal);
        var now = timeProvider.GetUtcNow().ToUniversalTime();
        var row = await db.FindDealAsync(deal.Id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new DealEntity
            {
                Id = deal.Id,
                OwnerUserId = ownerUserId,
                Customer = deal.Customer,
                Name = deal.Name,
                Json = string.Empty,
                Stage = deal.Stage,
                CreatedAt = now,
                StageChangedAt = now,
            };
            db.Deals.Add(row);
        }
        else if (row.Stage != deal.Stage)
        {
            row.StageChangedAt = now;
        }

        row.OwnerUserId = ownerUserId;
        row.Customer = deal.Customer;
        row.Name = deal.Name;
        row.Stage = deal.Stage;
        row.Json = DealJsonSerializer.Serialize(deal);
        row.UpdatedAt = now;
        row.ClosedAt = deal.IsClosed ? row.ClosedAt ?? now : null;
        row.Version = Guid.NewGuid();
    }

    private static DealRecord ToRecord(DealEntity row) => ToRecord(row, DealJsonSerializer.Deserialize(row.Json));

    // A rep's own reads: their deals come back turn after turn (DealJsonSerializer.DeserializeRecent).
    private static DealRecord RecentRecord(DealEntity row) => ToRecord(row, DealJsonSerializer.DeserializeRecent(row.Id, row.Json));

    private static DealRecord ToRecord(DealEntity row, Deal deal) => new(deal, row.OwnerUserId)
    {
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
        StageChangedAt = row.StageChangedAt,
    };
}
