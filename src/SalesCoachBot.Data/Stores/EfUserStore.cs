using SalesCoachBot.Coaching.Users;
using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Data.Entities;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfUserStore(SalesCoachDbContext db, TimeProvider timeProvider) : IUserStore
{
    public async Task<UserProfile?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.FindUserAsync(userId, cancellationToken).ConfigureAwait(false);
        return user is null ? null : ToProfile(user);
    }

    public async Task<UserProfile?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.AadObjectId == aadObjectId, cancellationToken).ConfigureAwait(false);
        return user is null ? null : ToProfile(user);
    }

    public async Task<IReadOnlyList<UserProfile>> ListReportsAsync(string managerId, CancellationToken cancellationToken)
    {
        // Tracking, like the practice store's reads: a turn that changed a report (a manager marking a
        // new hire, then showing the team) sees its own staged change. Filtered again in memory because
        // a tracked row keeps the values the turn gave it.
        var stored = await db.Users.Where(u => u.ManagerId == managerId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var staged = db.ChangeTracker.Entries<UserEntity>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity);
        return [.. stored.Union(staged).Where(u => u.ManagerId == managerId).OrderBy(u => u.Id, StringComparer.Ordinal).Select(ToProfile)];
    }

    public async Task UpsertAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = timeProvider.GetUtcNow();
        var user = await db.FindUserAsync(profile.Id, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            user = new UserEntity { Id = profile.Id, CreatedAt = now };
            db.Users.Add(user);
        }

        user.AadObjectId = profile.AadObjectId;
        user.TenantId = profile.TenantId;
        user.Name = profile.Name;
        user.Email = Normalize(profile.Email);
        user.UserPrincipalName = Normalize(profile.UserPrincipalName);
        user.Locale = profile.Locale;
        user.TimeZone = profile.TimeZone;
        user.ClientTimeZone = profile.ClientTimeZone;
        user.Role = profile.Role;
        user.MainUse = profile.MainUse;
        user.ManagerId = profile.ManagerId;
        user.ManagerSource = profile.ManagerId is null ? null : profile.ManagerSource;
        user.PendingManagerId = profile.PendingManagerId;
        user.DirectoryCheckedAtMs = profile.DirectoryCheckedAt?.ToUnixTimeMilliseconds();
        user.UpdatedAt = now;
    }

    /// <summary>
    /// Emails and UPNs are case-insensitive, and Teams and admins' files do not agree on their case:
    /// stored trimmed and lowered so a lookup is one indexed equality on SQLite and Postgres alike.
    /// </summary>
    internal static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    /// <summary>The product's view of a stored user; the one mapping every store shares.</summary>
    internal static UserProfile ToProfile(UserEntity user) => new(user.Id)
    {
        AadObjectId = user.AadObjectId,
        TenantId = user.TenantId,
        Name = user.Name,
        Email = user.Email,
        UserPrincipalName = user.UserPrincipalName,
        Locale = user.Locale,
        TimeZone = user.TimeZone,
        ClientTimeZone = user.ClientTimeZone,
        Role = user.Role,
        MainUse = user.MainUse,
        ManagerId = user.ManagerId,
        ManagerSource = user.ManagerSource,
        PendingManagerId = user.PendingManagerId,
        DirectoryCheckedAt = user.DirectoryCheckedAtMs is { } checkedAt ? DateTimeOffset.FromUnixTimeMilliseconds(checkedAt) : null,
    };
}
