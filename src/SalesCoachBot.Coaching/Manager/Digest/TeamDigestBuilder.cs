using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Users;


namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// Gathers a manager's digest: their reps (only theirs), the reps' open deals, the stalled ones minus what
/// the manager snoozed or reviewed. Records newly seen and closed critical gaps (staged), so "open
/// for K days" counts from the first digest that saw the gap.
/// </summary>
public sealed class TeamDigestBuilder(IUserStore users, IDealStore deals, INudgeStore nudges, StallDetector detector)
{
    public async Task<TeamDigest> BuildAsync(string managerId, DateOnly today, CancellationToken cancellationToken)
    {
        var reps = (await users.ListReportsAsync(managerId, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Id != managerId)
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (reps.Count == 0)
        {
            return new TeamDigest(managerId, today, reps, []);
        }

        var all = await deals.ListByOwnersAsync(reps.Keys, cancellationToken).ConfigureAwait(false);
        var dealIds = all.Select(r => r.Deal.Id).ToList();
        // A closed deal is not chased: off the digest, and its gaps are no longer open (their sightings close).
        var records = all.Where(r => !r.Deal.IsClosed);
        var sightings = (await nudges.ListGapSightingsAsync(dealIds, cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => (s.DealId, s.RuleId));
        var reviews = (await nudges.ListReviewsAsync(managerId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.DealId);
        var added = new List<GapSighting>();
        var addedKeys = new HashSet<(Guid, string)>();
        var stillOpen = new HashSet<(Guid, string)>();
        var stalled = new List<StalledDeal>();
        foreach (var record in records)
        {
            var dealId = record.Deal.Id;
            var gaps = detector.CriticalGaps(record.Deal, today);
            foreach (var gap in gaps)
            {
                stillOpen.Add((dealId, gap.RuleId));
                if (!sightings.ContainsKey((dealId, gap.RuleId)) && addedKeys.Add((dealId, gap.RuleId)))
                {
                    added.Add(new GapSighting(dealId, gap.RuleId, today));
                }
            }

            if (IsHidden(record, reviews.GetValueOrDefault(dealId), today))
            {
                continue;
            }

            var found = detector.Evaluate(record, today, gaps, rule => sightings.TryGetValue((dealId, rule), out var s) ? s.FirstSeenOn : null);
            if (found is not null)
            {
                stalled.Add(found);
            }
        }

        var closed = sightings.Values.Where(s => !stillOpen.Contains((s.DealId, s.RuleId))).ToList();
        if (added.Count > 0 || closed.Count > 0)
        {
            await nudges.StageGapSightingsAsync(added, closed, cancellationToken).ConfigureAwait(false);
        }

        return new TeamDigest(managerId, today, reps, [.. stalled
            .OrderBy(s => s.Findings[0].Reason)
            .ThenByDescending(s => s.DaysIdle)
            .ThenBy(s => s.Record.Deal.Customer, StringComparer.Ordinal)]);
    }

    private static bool IsHidden(DealRecord record, DealReview? review, DateOnly today) =>
        review is not null
        && ((review.SnoozedUntil is { } until && until > today)
            || (review.ReviewedAt is { } reviewed && record.UpdatedAt <= reviewed));
}
