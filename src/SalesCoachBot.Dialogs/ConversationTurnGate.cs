namespace SalesCoachBot.Dialogs;

/// <summary>
/// Lets one turn per conversation run at a time in this process, so two messages sent in quick
/// succession are handled one after the other on the latest state instead of racing. Across
/// instances the stored state's concurrency token still catches a race.
/// </summary>
internal sealed class ConversationTurnGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken) => EnterAsync(key, owner: null, cancellationToken);

    /// <summary>
    /// Enters for <paramref name="owner"/> (a turn): entering again for the owner that holds the key
    /// passes at once, so a turn that took its conversation early is not stopped by its own dialogs.
    /// </summary>
    public async Task<IDisposable> EnterAsync(string key, object? owner, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries.Add(key, entry);
            }
            else if (owner is not null && ReferenceEquals(entry.Owner, owner))
            {
                return HeldAlready.Instance;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Leave(key, entry);
            throw;
        }

        entry.Owner = owner;
        return new Pass(this, key, entry);
    }

    /// <summary>Conversations with a turn running or waiting (entries are dropped when unused).</summary>
    internal int ActiveKeys
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Exit(string key, Entry entry)
    {
        entry.Owner = null;
        entry.Semaphore.Release();
        Leave(key, entry);
    }

    private void Leave(string key, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        /// <summary>Who holds the semaphore now, when entered for an owner.</summary>
        public object? Owner { get; set; }
    }

    private sealed class HeldAlready : IDisposable
    {
        public static readonly HeldAlready Instance = new();

        public void Dispose()
        {
        }
    }

    private sealed class Pass(ConversationTurnGate gate, string key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Exit(key, entry);
            }
        }
    }
}
