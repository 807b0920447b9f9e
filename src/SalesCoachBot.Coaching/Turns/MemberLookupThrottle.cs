using System.Collections.Concurrent;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// Keeps the email/UPN look-up from running on every message for a user Teams returns neither for
/// (or while the look-up fails): one attempt per user per <see cref="Interval"/> in this process.
/// </summary>
internal sealed class MemberLookupThrottle(TimeProvider timeProvider)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    // Far above one instance's active users; cleared rather than grown without bound.
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastAttempt = new(StringComparer.Ordinal);

    /// <summary>True, and the attempt noted, when <paramref name="userId"/> may be looked up now.</summary>
    public bool TryStart(string userId)
    {
        var now = timeProvider.GetUtcNow();
        if (_lastAttempt.Count >= MaxTracked)
        {
            _lastAttempt.Clear();
        }

        var last = _lastAttempt.GetOrAdd(userId, DateTimeOffset.MinValue);
        return now - last >= Interval && _lastAttempt.TryUpdate(userId, now, last);
    }
}
