namespace SalesCoachBot.Data.Stores;

/// <summary>When this instance next purges old redelivery records: at most once per <see cref="Interval"/>.</summary>
internal sealed class RedeliveryPurgeSchedule
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private long _nextMs = long.MinValue;

    /// <summary>True for the one caller that should purge now; the next purge is then due an interval later.</summary>
    public bool TryStart(long nowMs)
    {
        var next = Interlocked.Read(ref _nextMs);
        return nowMs >= next && Interlocked.CompareExchange(ref _nextMs, nowMs + (long)Interval.TotalMilliseconds, next) == next;
    }
}
