using SalesCoachBot.Coaching.Users;

namespace SalesCoachBot.Coaching.Manager.Team;

/// <summary>Who manages whom, as far as the nudge needs beyond <see cref="IUserStore"/>.</summary>
public interface ITeamStore
{
    /// <summary>Users at least one other user names as manager.</summary>
    Task<IReadOnlyList<UserProfile>> ListManagersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Known users of <paramref name="tenantId"/> whose email or UPN is exactly <paramref name="address"/>
    /// (any case). Never a part of an address, never a name: what a rep types in the chat.
    /// </summary>
    Task<IReadOnlyList<UserProfile>> FindByAddressAsync(string tenantId, string address, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Known users, in any tenant, whose email, UPN (any case) or name is exactly <paramref name="identifier"/>:
    /// the rows of an administrator's team file.
    /// </summary>
    Task<IReadOnlyList<UserProfile>> FindExactAsync(string identifier, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="max"/> users with an Entra object id whose manager the directory was not asked
    /// about since <paramref name="checkedBefore"/> (never asked first).
    /// </summary>
    Task<IReadOnlyList<UserProfile>> ListDirectoryDueAsync(DateTimeOffset checkedBefore, int max, CancellationToken cancellationToken);
}
