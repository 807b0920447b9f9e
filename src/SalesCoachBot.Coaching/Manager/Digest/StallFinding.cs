using SalesCoachBot.Coaching.Rep.Gaps;


namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>One reason a deal is stalled, with its number of days and, for a gap, the gap.</summary>
public sealed record StallFinding(StallReason Reason, int Days)
{
    public Gap? Gap { get; init; }
}
