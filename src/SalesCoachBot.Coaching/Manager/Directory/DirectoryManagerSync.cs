using Microsoft.Extensions.Logging;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Coaching.Manager.Directory;

/// <summary>
/// Takes users' managers from the company directory: each user with an Entra object id once when first
/// seen, then once every <see cref="RefreshInterval"/>. The directory wins over a link named in the chat
/// or imported, needs no accept, and replaces a pending request; when it names nobody the bot knows (or
/// nobody), a link it made earlier is undone and other links are left alone.
/// </summary>
public sealed partial class DirectoryManagerSync(
    IManagerDirectory directory,
    ITeamStore team,
    IUserStore users,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider,
    ILogger<DirectoryManagerSync> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromDays(1);

    /// <summary>A user the directory could not answer for is asked again after this long, not at every poll.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromHours(1);

    /// <summary>Refreshes up to <paramref name="max"/> users who are due; returns how many were asked about.</summary>
    public async Task<int> SyncDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var due = await team.ListDirectoryDueAsync(now - RefreshInterval, max, cancellationToken).ConfigureAwait(false);
        foreach (var user in due)
        {
            try
            {
                await SyncAsync(user, now, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogNotAnswered(user.Id, e);
                await users.UpsertAsync(user with { DirectoryCheckedAt = now - RefreshInterval + RetryAfterFailure }, cancellationToken).ConfigureAwait(false);
                await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return due.Count;
    }

    private async Task SyncAsync(UserProfile user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var named = await directory.FindManagerAsync(user.AadObjectId!, cancellationToken).ConfigureAwait(false);
        var manager = named is null ? null : await users.FindByAadObjectIdAsync(named.AadObjectId, cancellationToken).ConfigureAwait(false);
        // A directory only speaks for its own tenant.
        if (manager is not null && (manager.Id == user.Id || (manager.TenantId is not null && user.TenantId is not null && manager.TenantId != user.TenantId)))
        {
            manager = null;
        }

        var current = await users.FindAsync(user.Id, cancellationToken).ConfigureAwait(false) ?? user;
        var updated = current with { DirectoryCheckedAt = now };
        if (manager is not null)
        {
            updated = updated with { ManagerId = manager.Id, ManagerSource = ManagerSource.Directory, PendingManagerId = null };
            if (manager.Role is UserRole.Rep or UserRole.NewHire)
            {
                await users.UpsertAsync(manager with { Role = UserRole.Manager }, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (current.ManagerSource == ManagerSource.Directory)
        {
            updated = updated with { ManagerId = null, ManagerSource = null };
        }

        await users.UpsertAsync(updated, cancellationToken).ConfigureAwait(false);
        var outcome = await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (updated.ManagerId != current.ManagerId)
        {
            LogManagerChanged(user.Id, current.ManagerId, updated.ManagerId, outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId}: the company directory did not answer for their manager; asked again later")]
    private partial void LogNotAnswered(string userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId}: manager from the company directory {Previous} → {Manager} ({Outcome})")]
    private partial void LogManagerChanged(string userId, string? previous, string? manager, UnitOfWorkOutcome outcome);
}
