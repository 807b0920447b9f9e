namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Wakes a background worker now rather than at its next sweep. A wake-up while the worker is busy is
/// kept for its next wait; waking a woken worker does nothing. Each worker has its own singleton subclass.
/// </summary>
public abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        // Already woken: nothing to do (and no exception thrown on a turn that wakes a woken worker).
        if (_signal.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Woken by another caller in between.
        }
    }

    /// <summary>Waits until woken or until <paramref name="interval"/> has passed on <paramref name="timeProvider"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(interval, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _signal.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The interval passed.
        }
    }

    public void Dispose()
    {
        _signal.Dispose();
        GC.SuppressFinalize(this);
    }
}
