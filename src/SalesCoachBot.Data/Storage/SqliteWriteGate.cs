using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCoachBot.Data.Storage;

/// <summary>
/// Lets one <c>SaveChanges</c> at a time write to a SQLite file from this process. SQLite has one
/// writer per file; without the gate, concurrent turns' commits find the file locked and the driver
/// retries them after sleeping on a thread-pool thread, which at 16 users made each turn wait 150 ms
/// and more. Here they queue asynchronously instead, no thread blocked. The gate belongs to the file,
/// so several hosts in one process share it; other processes on the same file still meet SQLite's
/// own lock (and its <c>busy_timeout</c>).
/// </summary>
internal sealed class SqliteWriteGate(string dataSource) : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _gate = Gates.GetOrAdd(dataSource, _ => new SemaphoreSlim(1, 1));

    // The contexts that hold the gate now: EF Core ends every save it began with one of the three calls below.
    private readonly ConditionalWeakTable<DbContext, object> _holders = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && HasChanges(context))
        {
            _gate.Wait();
            _holders.AddOrUpdate(context, this);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && HasChanges(context))
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            _holders.AddOrUpdate(context, this);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData?.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData?.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData?.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData?.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData?.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs a write made outside <c>SaveChanges</c> (one statement of its own) in the same queue, so it
    /// never meets a commit of this process at the file's lock.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await write(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    // A save with nothing to write runs no statement, so it need not queue.
    private static bool HasChanges(DbContext context) => context.ChangeTracker.HasChanges();

    private void Release(DbContext? context)
    {
        if (context is not null && _holders.Remove(context))
        {
            _gate.Release();
        }
    }
}
