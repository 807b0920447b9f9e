namespace SalesCoachBot.Coaching.Users;

/// <summary>
/// Users. Writes are staged in the turn's scope and committed by the turn's
/// <see cref="SalesCoachBot.Dialogs.State.IUnitOfWork"/>, with everything else the turn wrote.
/// </summary>
public interface IUserStore
{
    Task<UserProfile?> FindAsync(string userId, CancellationToken cancellationToken);

    Task<UserProfile?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The users whose manager is <paramref name="managerId"/>.</summary>
    Task<IReadOnlyList<UserProfile>> ListReportsAsync(string managerId, CancellationToken cancellationToken);

    /// <summary>Adds the user or replaces what is known about them (staged).</summary>
    Task UpsertAsync(UserProfile profile, CancellationToken cancellationToken);
}
