using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// The stalled-deal rules, pure: no update for <see cref="NudgeOptions.IdleDays"/>, the stage unchanged
/// for <see cref="NudgeOptions.StageStuckDays"/>, the expected close date passed, a critical gap open for
/// <see cref="NudgeOptions.CriticalGapDays"/> (first-seen dates given by the caller). Only open deals: one
/// the rep closed won or lost has nothing left to chase.
/// </summary>
public sealed class StallDetector(GapAnalyzer analyzer, IOptions<NudgeOptions> options)
{
    /// <summary>The deal's critical gaps today.</summary>
    public IReadOnlyList<Gap> CriticalGaps(Deal deal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return analyzer.AnalyzeCritical(deal, today);
    }

    /// <summary>
    /// The deal as stalled, or null; a deal closed won or lost is never stalled. <paramref name="firstSeen"/> gives, per rule id of
    /// <paramref name="criticalGaps"/>, the day it was first seen (today when unknown).
    /// </summary>
    public StalledDeal? Evaluate(DealRecord record, DateOnly today, IReadOnlyList<Gap> criticalGaps, Func<string, DateOnly?> firstSeen)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(criticalGaps);
        ArgumentNullException.ThrowIfNull(firstSeen);
        if (record.Deal.IsClosed)
        {
            return null;
        }

        var settings = options.Value;
        var findings = new List<StallFinding>(4);
        foreach (var gap in criticalGaps)
        {
            var open = today.DayNumber - (firstSeen(gap.RuleId) ?? today).DayNumber;
            if (open >= settings.CriticalGapDays)
            {
                findings.Add(new StallFinding(StallReason.CriticalGapOpen, open) { Gap = gap });
            }
        }

        if (record.Deal.ExpectedCloseOn is { } close && close < today)
        {
            findings.Add(new StallFinding(StallReason.ClosePassed, today.DayNumber - close.DayNumber));
        }

        var stageDays = DaysSince(record.StageChangedAt, today);
        if (stageDays >= settings.StageStuckDays)
        {
            findings.Add(new StallFinding(StallReason.StageStuck, stageDays));
        }

        var idle = DaysSince(record.UpdatedAt, today);
        if (idle >= settings.IdleDays)
        {
            findings.Add(new StallFinding(StallReason.Idle, idle));
        }

        return findings.Count == 0 ? null : new StalledDeal(record, idle, findings);
    }

    private static int DaysSince(DateTimeOffset at, DateOnly today) =>
        at == default ? 0 : Math.Max(0, today.DayNumber - DateOnly.FromDateTime(at.UtcDateTime).DayNumber);
}
