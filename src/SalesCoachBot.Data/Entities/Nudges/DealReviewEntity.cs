namespace SalesCoachBot.Data.Entities.Nudges;

/// <summary>A manager's snooze or review of a stalled deal.</summary>
internal sealed class DealReviewEntity
{
    public required string ManagerId { get; set; }

    public Guid DealId { get; set; }

    public DateOnly? SnoozedUntil { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }
}
