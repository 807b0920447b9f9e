using Microsoft.Extensions.Options;

namespace SalesCoachBot.Web.Turns;

/// <summary>
/// Keys remembered in this process for <see cref="TurnPipelineOptions.DeduplicationWindow"/>, at most
/// <see cref="TurnPipelineOptions.DeduplicationCapacity"/> of them. Enough for one instance; several
/// instances behind a load balancer need a shared store.
/// </summary>
internal sealed class InMemoryActivityDeduplicator : IActivityDeduplicator
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _expiryByKey = new(StringComparer.Ordinal);
    // Claims in the order they were made; their expiries are therefore in order too, so expired
    // and overflowing keys are always at the head.
    private readonly Queue<(string Key, DateTimeOffset Expiry)> _order = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _window;
    private readonly int _capacity;

    public InMemoryActivityDeduplicator(TimeProvider timeProvider, IOptions<TurnPipelineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        _window = options.Value.DeduplicationWindow;
        _capacity = options.Value.DeduplicationCapacity;
    }

    /// <summary>How many keys are remembered now (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiryByKey.Count;
            }
        }
    }

    public ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            ForgetExpired(now);
            if (_expiryByKey.ContainsKey(key))
            {
                return ValueTask.FromResult(false);
            }

            while (_expiryByKey.Count >= _capacity && _order.Count > 0)
            {
                Forget(_order.Dequeue());
            }

            var expiry = now + _window;
            _expiryByKey[key] = expiry;
            _order.Enqueue((key, expiry));
            return ValueTask.FromResult(true);
        }
    }

    private void ForgetExpired(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && oldest.Expiry <= now)
        {
            Forget(_order.Dequeue());
        }
    }

    private void Forget((string Key, DateTimeOffset Expiry) entry)
    {
        // Only remove the key if this queue entry is the claim the dictionary holds.
        if (_expiryByKey.TryGetValue(entry.Key, out var expiry) && expiry == entry.Expiry)
        {
            _expiryByKey.Remove(entry.Key);
        }
    }
}
