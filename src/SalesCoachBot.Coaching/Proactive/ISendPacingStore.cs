namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// The send budget every instance shares: per key (a tenant, a conversation) the earliest moment the
/// next send may start. Takes effect at once, outside the unit of work, since it is what keeps
/// several instances from sending to one tenant together.
/// </summary>
public interface ISendPacingStore
{
    /// <summary>
    /// Reserves, atomically, the earliest start at or after <paramref name="notBefore"/> that keeps the
    /// starts under <paramref name="key"/> to one per <paramref name="interval"/> with bursts of at most
    /// <paramref name="burst"/> (the generic cell rate algorithm: n starts span at least (n − <paramref name="burst"/>) intervals).
    /// </summary>
    Task<DateTimeOffset> ReserveAsync(string key, DateTimeOffset notBefore, TimeSpan interval, int burst, CancellationToken cancellationToken);

    /// <summary>Forgets the keys whose last reservation ended before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
