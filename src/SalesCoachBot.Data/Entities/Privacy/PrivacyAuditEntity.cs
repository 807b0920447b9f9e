namespace SalesCoachBot.Data.Entities.Privacy;

/// <summary>One privacy action (<see cref="Coaching.Rep.Privacy.PrivacyAuditEntry"/>): who, when, what kind, how many; never whom.</summary>
internal sealed class PrivacyAuditEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Operator { get; set; }

    public required string Action { get; set; }

    public int Records { get; set; }
}
