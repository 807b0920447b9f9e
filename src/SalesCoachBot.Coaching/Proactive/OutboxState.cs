namespace SalesCoachBot.Coaching.Proactive;

/// <summary>Where a proactive message is on its way out; stored as its name.</summary>
public enum OutboxState
{
    /// <summary>Waiting for its first attempt, or for a retry after a transient failure.</summary>
    Pending,

    /// <summary>Leased by a delivery worker; returns to the queue when the lease runs out (a crash mid-send).</summary>
    Sending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Teams answered 429 even after the pipeline's retries: tried again at the time it asked for.</summary>
    Throttled,

    /// <summary>Given up: blocked, gone, too large, or out of attempts. Kept, with its error, for the record.</summary>
    Failed,
}
