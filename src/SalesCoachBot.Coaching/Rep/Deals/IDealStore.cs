namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// The reps' deals. Writes are staged in the turn's scope and committed by the turn's
/// <see cref="SalesCoachBot.Dialogs.State.IUnitOfWork"/>, together with the dialog state.
/// Ownership is checked by the callers (a rep sees and changes only their own deals).
/// </summary>
public interface IDealStore
{
    Task<DealRecord?> FindAsync(Guid dealId, CancellationToken cancellationToken);

    /// <summary>The owner's deals, most recently updated first.</summary>
    Task<IReadOnlyList<DealRecord>> ListByOwnerAsync(string ownerUserId, CancellationToken cancellationToken);

    /// <summary>The deals of several owners (a manager's team), most recently updated first.</summary>
    Task<IReadOnlyList<DealRecord>> ListByOwnersAsync(IReadOnlyCollection<string> ownerUserIds, CancellationToken cancellationToken);

    /// <summary>Adds the deal or replaces the stored one (staged); sets the record's timestamps.</summary>
    Task SaveAsync(string ownerUserId, Deal deal, CancellationToken cancellationToken);
}
