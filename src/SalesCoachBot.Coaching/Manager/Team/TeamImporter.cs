using System.Globalization;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Coaching.Manager.Team;

/// <summary>
/// Applies a team file: each rep gets their manager, found among known users by Teams id, AAD object
/// id, email, UPN or exact name. Rows that name an unknown or ambiguous user, or a rep as their own manager, are
/// refused with their line; the rest are committed together. Running it again changes nothing.
/// </summary>
public sealed class TeamImporter(IUserStore users, ITeamStore team, IUnitOfWork unitOfWork)
{
    public async Task<TeamImportResult> ImportAsync(IReadOnlyList<TeamImportRow> rows, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<string>();
        var linked = 0;
        var unchanged = 0;
        foreach (var row in rows)
        {
            var rep = await ResolveAsync(row.Rep, row.Line, errors, culture, cancellationToken).ConfigureAwait(false);
            var manager = await ResolveAsync(row.Manager, row.Line, errors, culture, cancellationToken).ConfigureAwait(false);
            if (rep is null || manager is null)
            {
                continue;
            }

            if (rep.Id == manager.Id)
            {
                errors.Add(NudgeText.Format("Import.Self", culture, row.Line, row.Rep));
                continue;
            }

            // The company directory's reporting line wins over a file.
            if (rep.ManagerId == manager.Id || rep.ManagerSource == ManagerSource.Directory)
            {
                unchanged++;
                continue;
            }

            await users.UpsertAsync(rep with { ManagerId = manager.Id, ManagerSource = ManagerSource.Import, PendingManagerId = null }, cancellationToken).ConfigureAwait(false);
            if (manager.Role is UserRole.Rep or UserRole.NewHire)
            {
                await users.UpsertAsync(manager with { Role = UserRole.Manager }, cancellationToken).ConfigureAwait(false);
            }

            linked++;
        }

        if (linked > 0 && await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false) != UnitOfWorkOutcome.Committed)
        {
            return new TeamImportResult(0, unchanged, [.. errors, NudgeText.Get("Import.NotSaved", culture)]);
        }

        return new TeamImportResult(linked, unchanged, errors);
    }

    private async Task<UserProfile?> ResolveAsync(string identifier, int line, List<string> errors, CultureInfo culture, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(identifier, cancellationToken).ConfigureAwait(false)
            ?? await users.FindByAadObjectIdAsync(identifier, cancellationToken).ConfigureAwait(false);
        if (user is not null)
        {
            return user;
        }

        var named = await team.FindExactAsync(identifier, 10, cancellationToken).ConfigureAwait(false);
        switch (named.Count)
        {
            case 1:
                return await users.FindAsync(named[0].Id, cancellationToken).ConfigureAwait(false);
            case 0:
                errors.Add(NudgeText.Format("Import.Unknown", culture, line, identifier));
                return null;
            default:
                errors.Add(NudgeText.Format("Import.Ambiguous", culture, line, identifier, named.Count));
                return null;
        }
    }
}
