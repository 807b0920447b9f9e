using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Data.Entities.Proactive;

/// <summary>
/// A proactive message on its way out. Times the worker queries by are Unix milliseconds: SQLite
/// cannot compare <see cref="DateTimeOffset"/> in a query.
/// </summary>
internal sealed class OutboxEntry
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public required string RecipientUserId { get; set; }

    /// <summary>The ledger row this message fulfils, when it is a daily one.</summary>
    public long? LedgerEntryId { get; set; }

    public ProactiveLedgerEntry? LedgerEntry { get; set; }

    /// <summary>The activity as JSON (the protocol's serializer).</summary>
    public required string ActivityJson { get; set; }

    public string? FallbackServiceUrl { get; set; }

    public string? FallbackTenantId { get; set; }

    public string? FallbackUserId { get; set; }

    public string? FallbackBotId { get; set; }

    public string? CreatedConversationId { get; set; }

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public long NextAttemptAtMs { get; set; }

    public long LeaseUntilMs { get; set; }

    /// <summary>Changed by every lease, so two workers cannot both lease the row.</summary>
    public Guid LeaseToken { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
