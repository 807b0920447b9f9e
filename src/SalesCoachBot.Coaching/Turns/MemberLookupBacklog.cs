using System.Threading.Channels;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// The users whose email/UPN the turns noted as missing, waiting for the background look-up
/// (<see cref="MemberLookup"/>), so no turn waits on the connector for it. Bounded at
/// <see cref="Capacity"/>: when full, a look-up is dropped (and, like a failed one, tried again after
/// the throttle's hour), so a flood of new users cannot grow memory. A singleton; never blocks.
/// </summary>
public sealed class MemberLookupBacklog
{
    /// <summary>Far above the new users of one instance in the time a look-up takes.</summary>
    public const int Capacity = 1_000;

    private readonly MemberLookupThrottle _throttle;
    private readonly Channel<MemberLookupRequest> _channel = Channel.CreateBounded<MemberLookupRequest>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly Lock _gate = new();
    private int _pending;
    private TaskCompletionSource _idle = Completed();

    public MemberLookupBacklog(TimeProvider timeProvider) => _throttle = new MemberLookupThrottle(timeProvider);

    /// <summary>
    /// Notes <paramref name="request"/> unless its user was tried in the last hour; false when it was
    /// not queued (throttled, or the queue full: <paramref name="full"/>).
    /// </summary>
    public bool TryEnqueue(MemberLookupRequest request, out bool full)
    {
        ArgumentNullException.ThrowIfNull(request);
        full = false;
        if (!_throttle.TryStart(request.UserId))
        {
            return false;
        }

        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (_channel.Writer.TryWrite(request))
        {
            return true;
        }

        full = true;
        Done();
        return false;
    }

    /// <summary>The queued look-ups, for the one background reader; it calls <see cref="Done"/> after each.</summary>
    public IAsyncEnumerable<MemberLookupRequest> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>A look-up taken from the queue is over, stored or not.</summary>
    public void Done()
    {
        lock (_gate)
        {
            if (--_pending == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Completes once every look-up noted so far is over. For hosts that need the email right after a
    /// turn, such as conversation tests; the bot itself never waits on it.
    /// </summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
