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

    public async Task<IReadOnlyList<UserProfile>> FindByAddressAsync(string tenantId, string address, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        // Email and UPN are stored trimmed and lowered (EfUserStore), so any case matches with one
        // indexed equality on SQLite and PostgreSQL alike; a blank address matches nobody.
        if (EfUserStore.Normalize(address) is not { } lowered)
        {
            return [];
        }

        var users = await db.Users.AsNoTracking()
            .Where(u => (u.Email == lowered || u.UserPrincipalName == lowered) && u.TenantId == tenantId)
            .OrderBy(u => u.Id)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. users.Select(EfUserStore.ToProfile)];
    }

    public async Task<IReadOnlyList<UserProfile>> FindExactAsync(string identifier, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifier);
#pragma warning disable CA1308 // lowered once here, compared with SQL lower() of the column below
        var name = identifier.Trim().ToLowerInvariant();
#pragma warning restore CA1308
        if (EfUserStore.Normalize(identifier) is not { } lowered)
        {
            return [];
        }

#pragma warning disable CA1304, CA1311, CA1862 // string.ToLower() inside the query is translated to SQL lower(), not run in .NET
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email == lowered || u.UserPrincipalName == lowered || (u.Name != null && u.Name.ToLower() == name))
#pragma warning restore CA1304, CA1311, CA1862
            .OrderBy(u => u.Id)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. users.Select(EfUserStore.ToProfile)];
    }

    public async Task<IReadOnlyList<UserProfile>> ListDirectoryDueAsync(DateTimeOffset checkedBefore, int max, CancellationToken cancellationToken)
    {
        var beforeMs = checkedBefore.ToUnixTimeMilliseconds();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.AadObjectId != null && (u.DirectoryCheckedAtMs == null || u.DirectoryCheckedAtMs <= beforeMs))
            .OrderBy(u => u.DirectoryCheckedAtMs)
            .ThenBy(u => u.Id)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. users.Select(EfUserStore.ToProfile)];
    }
}
