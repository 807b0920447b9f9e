namespace SalesCoachBot.Coaching.Proactive;

/// <summary>What an attempt to deliver an outbox entry came to, to be recorded on the entry and its ledger row.</summary>
public sealed record DeliveryResult(OutboxState State, DateTimeOffset At)
{
    /// <summary>When to try again, for <see cref="OutboxState.Pending"/> and <see cref="OutboxState.Throttled"/>.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public string? Error { get; init; }

    /// <summary>The 1:1 chat created on this attempt, kept for the next one.</summary>
    public string? CreatedConversationId { get; init; }
}
