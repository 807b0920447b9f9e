namespace SalesCoachBot.Dialogs.State;

/// <summary>
/// Where conversations' dialog stacks are kept. <see cref="SaveAsync"/> only stages the write:
/// it is committed by <see cref="IUnitOfWork.SaveChangesAsync"/> together with the turn's other writes,
/// and the commit fails with <see cref="UnitOfWorkOutcome.Conflict"/> when the stored state no longer
/// carries the expected concurrency token.
/// </summary>
public interface IDialogStateStore
{
    /// <summary>
    /// Loads the stack of a conversation: an empty state with a null token when none is stored, a
    /// state with <see cref="DialogState.LoadProblem"/> set when the stored one cannot be read.
    /// Use <see cref="DialogStateSerializer"/> to read the stored JSON.
    /// </summary>
    Task<DialogStateLoad> LoadAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the state for the commit. <paramref name="expectedToken"/> is the token
    /// <see cref="LoadAsync"/> returned (null: no state was stored).
    /// </summary>
    Task SaveAsync(string conversationKey, DialogState state, string? expectedToken, CancellationToken cancellationToken);
}
