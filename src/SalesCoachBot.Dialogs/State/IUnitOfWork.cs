namespace SalesCoachBot.Dialogs.State;

/// <summary>
/// The turn's single commit. Every store used during a turn (the dialog state store and the
/// product's own stores) only stages its writes in the turn's scope; <see cref="SaveChangesAsync"/>
/// then commits all of them in one transaction, or none. The implementation is scoped per turn and
/// shared by all those stores (in Data: one EF Core DbContext).
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Commits everything staged in this scope. Never throws for a conflict or a failed write: the
    /// outcome says what happened, and on anything but <see cref="UnitOfWorkOutcome.Committed"/>
    /// nothing was written and the staged changes are discarded.
    /// </summary>
    Task<UnitOfWorkOutcome> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Drops everything staged in this scope without writing it: a turn that failed (or ran out of
    /// time, or could not deliver its reply) leaves the stored state as it was.
    /// </summary>
    void Discard();

    /// <summary>
    /// Keeps the store's connection open until the result is disposed, so the turn's reads and its
    /// commit share one instead of opening and closing one each (a no-op where that costs nothing).
    /// </summary>
    Task<IAsyncDisposable> HoldConnectionAsync(CancellationToken cancellationToken);
}
