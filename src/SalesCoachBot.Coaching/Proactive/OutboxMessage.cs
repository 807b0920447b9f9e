using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>An outbox entry as the delivery sees it after leasing it.</summary>
public sealed record OutboxMessage(long Id, string Kind, string RecipientUserId, Activity Activity, int Attempts)
{
    public ProactiveTarget? Fallback { get; init; }

    /// <summary>The 1:1 chat created for this message on an earlier attempt, so a retry does not create another.</summary>
    public string? CreatedConversationId { get; init; }

    /// <summary>Names this lease: an outcome is recorded only while the entry still carries it.</summary>
    public Guid LeaseToken { get; init; }

    /// <summary>When the lease runs out and another worker may take the entry over.</summary>
    public DateTimeOffset LeaseUntil { get; init; }
}
