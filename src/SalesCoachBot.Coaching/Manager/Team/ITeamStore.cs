using SalesCoachBot.Coaching.Users;


namespace SalesCoachBot.Coaching.Manager.Team;

/// <summary>Who manages whom, as far as the nudge needs beyond <see cref="IUserStore"/>.</summary>
public interface ITeamStore
{
    /// <summary>Users at least one other user names as manager.</summary>
    Task<IReadOnlyList<UserProfile>> ListManagersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Known users matching <paramref name="query"/>: exact Teams id or AAD object id, exact email or UPN
    /// (any case), or a name containing it.
    /// </summary>
    Task<IReadOnlyList<UserProfile>> SearchAsync(string query, int max, CancellationToken cancellationToken);
}
