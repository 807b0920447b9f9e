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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Commit refused: {Entries} row(s) changed by another turn first")]
    private partial void LogConflict(int entries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Commit failed; nothing was written")]
    private partial void LogFailed(Exception exception);
}
