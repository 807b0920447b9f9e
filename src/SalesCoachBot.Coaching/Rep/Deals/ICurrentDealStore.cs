namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// Each rep's current deal, so a command after the first does not ask which deal again. Writes are
/// staged and committed with the turn, like every store.
/// </summary>
public interface ICurrentDealStore
{
    Task<Guid?> FindAsync(string userId, CancellationToken cancellationToken);

    Task SetAsync(string userId, Guid dealId, CancellationToken cancellationToken);
}
