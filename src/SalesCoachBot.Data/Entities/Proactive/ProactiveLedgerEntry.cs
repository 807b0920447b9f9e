using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Data.Entities.Proactive;

/// <summary>
/// One recipient's (kind, local date): inserted before anything is sent, under a unique key, so the
/// insert is the claim — a second instance, or this one after a restart, cannot claim the same day.
/// </summary>
internal sealed class ProactiveLedgerEntry
{
    public long Id { get; set; }

    public required string RecipientUserId { get; set; }

    /// <summary>e.g. <c>manager-digest</c>, <c>practice-reminder</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The recipient's local date the message belongs to.</summary>
    public DateOnly LocalDate { get; set; }

    public ProactiveLedgerState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
