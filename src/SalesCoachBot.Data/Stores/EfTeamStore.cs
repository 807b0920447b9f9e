using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Users;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfTeamStore(SalesCoachDbContext db) : ITeamStore
{
    public async Task<IReadOnlyList<UserProfile>> ListManagersAsync(CancellationToken cancellationToken)
    {
        var managers = await db.Users.AsNoTracking()
            .Where(m => db.Users.Any(r => r.ManagerId == m.Id && r.Id != m.Id))
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. managers.Select(EfUserStore.ToProfile)];
    }

    public async Task<IReadOnlyList<UserProfile>> SearchAsync(string query, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pattern = "%" + query.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        // Email and UPN are stored lowered (EfUserStore), so any case matches with an indexed equality.
        // A blank query stays blank, which no stored (null or lowered) email or UPN equals.
        var lowered = EfUserStore.Normalize(query) ?? query;
        // Name search ignores case on both providers (PostgreSQL's LIKE does not): lower() on both sides.
        var loweredPattern = pattern.ToLowerInvariant();
#pragma warning disable CA1304, CA1311 // string.ToLower() inside the query is translated to SQL lower(), not run in .NET
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Id == query
                || u.AadObjectId == query
                || u.Email == lowered
                || u.UserPrincipalName == lowered
                || (u.Name != null && EF.Functions.Like(u.Name.ToLower(), loweredPattern, "\\")))
#pragma warning restore CA1304, CA1311
            .OrderBy(u => u.Name)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. users.Select(EfUserStore.ToProfile)];
    }
}
