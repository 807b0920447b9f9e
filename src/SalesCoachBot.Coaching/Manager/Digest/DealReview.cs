namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// A manager's handling of a stalled deal: snoozed until a date, or reviewed at a time (hidden until
/// the deal is updated again).
/// </summary>
public sealed record DealReview(string ManagerId, Guid DealId)
{
    public DateOnly? SnoozedUntil { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }
}
