using System.Globalization;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Manager.Link;

/// <summary>Links a rep to a manager and unlinks on the manager's decline, telling the other side through the outbox.</summary>
internal sealed class ManagerLinker(
    IUserStore users,
    ITeamStore team,
    IConversationReferenceStore references,
    IProactiveStore outbox,
    ProactiveDeliverySignal signal,
    TurnUserResolver resolver)
{
    private const int MaxCandidates = 8;

    public async Task<IReadOnlyList<UserProfile>> FindCandidatesAsync(string repId, string query, CancellationToken cancellationToken)
    {
        if (query.Length == 0)
        {
            return [];
        }

        var found = await team.SearchAsync(query, MaxCandidates + 1, cancellationToken).ConfigureAwait(false);
        // An exact name, id, email or UPN beats people whose names merely contain the query.
        var exact = found.Where(u => IsExactMatch(u, query)).ToList();
        return [.. (exact.Count > 0 ? exact : found).Where(u => u.Id != repId).Take(MaxCandidates)];
    }

    /// <summary>The user is exactly who <paramref name="identifier"/> names: Teams id, AAD object id, or (any case) name, email or UPN.</summary>
    internal static bool IsExactMatch(UserProfile user, string identifier) =>
        user.Id == identifier
        || user.AadObjectId == identifier
        || string.Equals(user.Name, identifier, StringComparison.OrdinalIgnoreCase)
        || string.Equals(user.Email, identifier.Trim(), StringComparison.OrdinalIgnoreCase)
        || string.Equals(user.UserPrincipalName, identifier.Trim(), StringComparison.OrdinalIgnoreCase);

    public async Task LinkAsync(TurnContext turn, string managerId, CultureInfo culture, CancellationToken cancellationToken)
    {
        var repId = turn.Activity.From?.Id ?? string.Empty;
        var manager = await users.FindAsync(managerId, cancellationToken).ConfigureAwait(false);
        if (manager is null || managerId == repId)
        {
            var refusal = manager is null
                ? NudgeText.Format("Manager.NotFound", culture, managerId)
                : NudgeText.Get("Manager.Self", culture);
            await turn.SendTextAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }

        var rep = await users.FindAsync(repId, cancellationToken).ConfigureAwait(false) ?? new UserProfile(repId) { Name = turn.Activity.From?.Name };
        await users.UpsertAsync(rep with { ManagerId = managerId }, cancellationToken).ConfigureAwait(false);
        if (manager.Role is UserRole.Rep or UserRole.NewHire)
        {
            await users.UpsertAsync(manager with { Role = UserRole.Manager }, cancellationToken).ConfigureAwait(false);
        }

        var managerName = manager.Name ?? manager.Id;
        if (await references.FindForUserAsync(managerId, cancellationToken).ConfigureAwait(false) is null)
        {
            await turn.SendTextAsync(NudgeText.Format("Manager.NotInstalled", culture, managerName), cancellationToken).ConfigureAwait(false);
            return;
        }

        var managerCulture = resolver.ForProfile(manager).Culture;
        var repName = rep.Name ?? repId;
        var notice = NudgeText.Format("Manager.Notice", managerCulture, repName);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock(NudgeText.Format("Manager.Notice", managerCulture, CardText.Escape(repName))) { Wrap = true },
                new ActionSet(
                [
                    new CardActionData { Command = NudgeServiceCollectionExtensions.ManagerCommand, Action = NudgeActions.Decline, RepId = repId }
                        .ToSubmit(NudgeText.Get("Manager.Decline", managerCulture)),
                ]),
            ],
            Lang = managerCulture.Name,
            FallbackText = notice,
        };
        await EnqueueAsync(managerId, new Activity { Type = ActivityTypes.Message, Summary = notice, Attachments = [CardSerializer.ToAttachment(card)] }, cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(NudgeText.Format("Manager.Linked", culture, managerName), cancellationToken).ConfigureAwait(false);
    }

    public async Task DeclineAsync(TurnContext turn, string repId, CultureInfo culture, CancellationToken cancellationToken)
    {
        var managerId = turn.Activity.From?.Id ?? string.Empty;
        var rep = await users.FindAsync(repId, cancellationToken).ConfigureAwait(false);
        if (rep is null || rep.ManagerId != managerId)
        {
            await turn.SendTextAsync(NudgeText.Get("Manager.NothingToDecline", culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        await users.UpsertAsync(rep with { ManagerId = null }, cancellationToken).ConfigureAwait(false);
        var managerName = turn.Activity.From?.Name ?? managerId;
        await EnqueueAsync(repId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = NudgeText.Format("Manager.DeclinedNotice", resolver.ForProfile(rep).Culture, managerName),
        }, cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(NudgeText.Format("Manager.Declined", culture, rep.Name ?? repId), cancellationToken).ConfigureAwait(false);
    }

    private async Task EnqueueAsync(string recipientId, Activity activity, CancellationToken cancellationToken)
    {
        await outbox.StageEnqueueAsync(new OutboxDraft(NudgeServiceCollectionExtensions.NoticeKind, recipientId, activity), cancellationToken).ConfigureAwait(false);
        signal.Wake();
    }
}
