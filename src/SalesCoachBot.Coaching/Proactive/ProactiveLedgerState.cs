namespace SalesCoachBot.Coaching.Proactive;

/// <summary>What became of one recipient's claimed (kind, local date); stored as its name.</summary>
public enum ProactiveLedgerState
{
    /// <summary>Claimed and its message is in the outbox, not yet delivered.</summary>
    Queued,

    /// <summary>Claimed, but there was nothing to say (e.g. no stalled deal): no message, and none later that day.</summary>
    NothingToSend,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Could not be delivered (blocked, gone, or out of attempts).</summary>
    Failed,
}
