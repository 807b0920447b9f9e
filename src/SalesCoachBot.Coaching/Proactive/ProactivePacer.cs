using Microsoft.Extensions.Options;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Keeps proactive sends under Teams' limits: a token bucket per tenant and one per conversation,
/// refilled on <see cref="TimeProvider"/>. <see cref="Reserve"/> takes a token from both and says how
/// long to wait before using it, so callers queue behind each other instead of bursting into 429s.
/// </summary>
public sealed class ProactivePacer(IOptions<ProactiveOptions> options, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Bucket> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> _conversations = new(StringComparer.Ordinal);

    public TimeSpan Reserve(string tenantId, string conversationId)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        lock (_lock)
        {
            var tenantWait = Take(_tenants, tenantId, settings.TenantMessagesPerSecond, now);
            var conversationWait = Take(_conversations, conversationId, settings.ConversationMessagesPerSecond, now);
            if (_conversations.Count > 10_000)
            {
                // 1:1 chats rarely get a second message within a second: forget the full buckets.
                foreach (var key in _conversations.Where(c => c.Value.IsFullAt(now)).Select(c => c.Key).ToList())
                {
                    _conversations.Remove(key);
                }
            }

            return tenantWait > conversationWait ? tenantWait : conversationWait;
        }
    }

    private static TimeSpan Take(Dictionary<string, Bucket> buckets, string key, double perSecond, DateTimeOffset now)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket(perSecond, now);
            buckets[key] = bucket;
        }

        return bucket.Take(now);
    }

    /// <summary>A bucket that may go into debt: the debt is the caller's wait.</summary>
    private sealed class Bucket(double perSecond, DateTimeOffset now)
    {
        private readonly double _capacity = Math.Max(1, perSecond);
        private double _tokens = Math.Max(1, perSecond);
        private DateTimeOffset _refilledAt = now;

        public TimeSpan Take(DateTimeOffset at)
        {
            Refill(at);
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / perSecond);
        }

        public bool IsFullAt(DateTimeOffset at)
        {
            Refill(at);
            return _tokens >= _capacity;
        }

        private void Refill(DateTimeOffset at)
        {
            if (at > _refilledAt)
            {
                _tokens = Math.Min(_capacity, _tokens + ((at - _refilledAt).TotalSeconds * perSecond));
                _refilledAt = at;
            }
        }
    }
}
