using System.Collections.Concurrent;

namespace SalesCoachBot.Coaching.Manager.Link;

/// <summary>
/// At most <see cref="MaxPerWindow"/> manager look-ups per user per <see cref="Window"/> in this process, so
/// the <c>manager</c> command cannot be used to probe which addresses of the company use the bot. One small
/// entry (window start, count) per user who looked someone up in the last minute; older ones are dropped.
/// </summary>
internal sealed class ManagerLookupLimiter(TimeProvider timeProvider)
{
    public const int MaxPerWindow = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Far above the users of one instance looking up a manager in the same minute.
    private const int PruneAbove = 1_000;

    private readonly ConcurrentDictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>True, and the look-up counted, when <paramref name="userId"/> may look someone up now.</summary>
    public bool TryAcquire(string userId)
    {
        var now = timeProvider.GetUtcNow();
        if (_windows.Count > PruneAbove)
        {
            foreach (var (key, window) in _windows)
            {
                if (now - window.Start >= Window)
                {
                    _windows.TryRemove(new KeyValuePair<string, (DateTimeOffset, int)>(key, window));
                }
            }
        }

        while (true)
        {
            if (!_windows.TryGetValue(userId, out var current))
            {
                if (_windows.TryAdd(userId, (now, 1)))
                {
                    return true;
                }

                continue;
            }

            var next = now - current.Start >= Window ? (now, 1) : (current.Start, current.Count + 1);
            if (next.Item2 > MaxPerWindow)
            {
                return false;
            }

            if (_windows.TryUpdate(userId, next, current))
            {
                return true;
            }
        }
    }
}
