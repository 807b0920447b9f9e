using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Privacy;
using SalesCoachBot.Data.Entities.Deals;
using SalesCoachBot.Data.Entities.Privacy;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfPrivacyStore(SalesCoachDbContext db) : IPrivacyStore
{
    public async Task<IReadOnlyList<DealRecord>> ListDealsAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Deals.AsNoTracking().OrderBy(d => d.Id).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new DealRecord(DealJsonSerializer.Deserialize(row.Json), row.OwnerUserId)
        {
            CreatedAt = row.CreatedAt,
            UpdatedAt = row.UpdatedAt,
            StageChangedAt = row.StageChangedAt,
        })];
    }

    public async Task StageDealDeletionAsync(Guid dealId, CancellationToken cancellationToken)
    {
        if (await db.Deals.FindAsync([dealId], cancellationToken).ConfigureAwait(false) is { } deal)
        {
            db.Deals.Remove(deal);
            // Stored answers to card presses that showed the deal or its people go with it.
            var shown = DealJsonSerializer.Deserialize(deal.Json);
            await StageAnswerScrubAsync(
                [.. new[] { shown.Name, shown.Customer }.Concat(shown.Stakeholders.Select(s => s.Name)).Where(t => !string.IsNullOrWhiteSpace(t)).SelectMany(StakeholderRecords.Forms).Distinct()],
                cancellationToken).ConfigureAwait(false);
        }

        db.GapSightings.RemoveRange(await db.GapSightings.Where(s => s.DealId == dealId).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.DealReviews.RemoveRange(await db.DealReviews.Where(r => r.DealId == dealId).ToListAsync(cancellationToken).ConfigureAwait(false));

        // Stored pointers, and one this turn has just staged (picking the deal makes it current).
        var pointers = await db.CurrentDeals.Where(c => c.DealId == dealId).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.CurrentDeals.RemoveRange(pointers.Union(db.CurrentDeals.Local.Where(c => c.DealId == dealId)).Distinct().ToList());
    }

    public async Task<IReadOnlyList<Guid>> ListClosedBeforeAsync(DateTimeOffset cutoff, int take, CancellationToken cancellationToken) =>
        await db.Deals.AsNoTracking()
            .Where(d => d.ClosedAt != null && d.ClosedAt < cutoff)
            .OrderBy(d => d.ClosedAt)
            .Select(d => d.Id)
            .Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<int> CountMentionsAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var text in texts)
        {
            count += await db.DialogStates.CountAsync(s => s.Json.Contains(text), cancellationToken).ConfigureAwait(false);
            count += await db.Outbox.CountAsync(o => o.ActivityJson.Contains(text), cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    public async Task<int> StageMentionDeletionAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var text in texts)
        {
            var states = await db.DialogStates.Where(s => s.Json.Contains(text)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var messages = await db.Outbox.Where(o => o.ActivityJson.Contains(text)).ToListAsync(cancellationToken).ConfigureAwait(false);
            db.DialogStates.RemoveRange(states);
            db.Outbox.RemoveRange(messages);
            count += states.Count + messages.Count;
        }

        return count + await StageAnswerScrubAsync(texts, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> StageAnswerScrubAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var text in texts)
        {
            var answers = await db.RedeliveryRecords.Where(r => r.InvokeResponse != null && r.InvokeResponse.Contains(text)).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var answer in answers)
            {
                answer.InvokeResponse = null;
            }

            count += answers.Count;
        }

        return count;
    }

    public Task StageAuditAsync(PrivacyAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        db.PrivacyAudit.Add(new PrivacyAuditEntity { At = entry.At.ToUniversalTime(), Operator = entry.Operator, Action = entry.Action, Records = entry.Records });
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<PrivacyAuditEntry>> ListAuditAsync(CancellationToken cancellationToken)
    {
        var rows = await db.PrivacyAudit.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(a => new PrivacyAuditEntry(a.At, a.Operator, a.Action, a.Records))];
    }
}
