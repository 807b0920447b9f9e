using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Data;

/// <summary>
/// The turn's commit: one <c>SaveChanges</c> on the scope's context, which EF Core runs in one
/// transaction, so the dialog state and the domain writes of a turn land together or not at all.
/// </summary>
internal sealed partial class EfUnitOfWork(SalesCoachDbContext db, ILogger<EfUnitOfWork> logger) : IUnitOfWork
{
    public async Task<UnitOfWorkOutcome> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return UnitOfWorkOutcome.Committed;
        }
        catch (DbUpdateConcurrencyException e)
        {
            LogConflict(e.Entries.Count);
            db.ChangeTracker.Clear();
            return UnitOfWorkOutcome.Conflict;
        }
        catch (DbUpdateException e)
        {
            LogFailed(e);
            db.ChangeTracker.Clear();
            return UnitOfWorkOutcome.Failed;
        }
    }

    public void Discard() => db.ChangeTracker.Clear();

    public async Task<IAsyncDisposable> HoldConnectionAsync(CancellationToken cancellationToken)
    {
        // SQLite: each open and close of a pooled connection re-registers EF Core's SQL functions on the
        // native handle, a dozen calls each time; a turn makes six reads. PostgreSQL's pool hands a
        // connection out cheaply, and holding one through the turn's connector calls would only tie it up.
        if (!db.Database.IsSqlite())
        {
            return NothingHeld.Instance;
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new HeldConnection(db);
    }

    private sealed class HeldConnection(SalesCoachDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync().ConfigureAwait(false);
    }

    private sealed class NothingHeld : IAsyncDisposable
    {
        public static readonly NothingHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Commit refused: {Entries} row(s) changed by another turn first")]
    private partial void LogConflict(int entries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Commit failed; nothing was written")]
    private partial void LogFailed(Exception exception);
}
