using System.Globalization;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Manager.Link;

/// <summary>
/// A rep's request to link to a manager, and the manager's answer. The request only makes the link
/// pending: the named person gets a card with Accept and Decline through the outbox, and the link (with
/// the rep's deals in their digest) exists only once they accept. Each side is told the outcome; a stale
/// or repeated press changes nothing.
/// </summary>
internal sealed class ManagerLinker(
    IUserStore users,
    ITeamStore team,
    IConversationReferenceStore references,
    IProactiveStore outbox,
    ProactiveDeliverySignal signal,
    TurnUserResolver resolver,
    ManagerLookupLimiter limiter)
{
    private const int MaxCandidates = 8;

    /// <summary>
    /// The users of the caller's tenant whose email or UPN is exactly <paramref name="address"/>, or null
    /// when the caller looked up too many in the last minute.
    /// </summary>
    public async Task<IReadOnlyList<UserProfile>?> FindCandidatesAsync(TurnContext turn, string address, CancellationToken cancellationToken)
    {
        var repId = turn.Activity.From?.Id ?? string.Empty;
        if (!await limiter.TryAcquireAsync(repId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var tenantId = turn.Activity.TenantId ?? (await users.FindAsync(repId, cancellationToken).ConfigureAwait(false))?.TenantId;
        if (tenantId is null || address.Length == 0)
        {
            return [];
        }

        var found = await team.FindByAddressAsync(tenantId, address, MaxCandidates + 1, cancellationToken).ConfigureAwait(false);
        return [.. found.Where(u => u.Id != repId).Take(MaxCandidates)];
    }

    /// <summary>Asks <paramref name="managerId"/> to accept the caller as their report; nothing is linked yet.</summary>
    public async Task RequestAsync(TurnContext turn, string managerId, CultureInfo culture, CancellationToken cancellationToken)
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

        var managerName = manager.Name ?? manager.Id;
        var rep = await users.FindAsync(repId, cancellationToken).ConfigureAwait(false) ?? new UserProfile(repId) { Name = turn.Activity.From?.Name };
        if (rep.ManagerId == managerId)
        {
            await turn.SendTextAsync(NudgeText.Format("Manager.AlreadyLinked", culture, managerName), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Nobody to ask: the request would wait for an answer that cannot come.
        if (await references.FindForUserAsync(managerId, cancellationToken).ConfigureAwait(false) is null)
        {
            await turn.SendTextAsync(NudgeText.Format("Manager.NotInstalled", culture, managerName), cancellationToken).ConfigureAwait(false);
            return;
        }

        await users.UpsertAsync(rep with { PendingManagerId = managerId }, cancellationToken).ConfigureAwait(false);
        var managerCulture = resolver.ForProfile(manager).Culture;
        var notice = NudgeText.Format("Manager.Request", managerCulture, rep.Name ?? repId);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock(NudgeText.Format("Manager.Request", managerCulture, CardText.Escape(rep.Name ?? repId))) { Wrap = true },
                new ActionSet(
                [
                    Answer(NudgeActions.Accept, repId).ToSubmit(NudgeText.Get("Manager.Accept", managerCulture)),
                    Answer(NudgeActions.Decline, repId).ToSubmit(NudgeText.Get("Manager.Decline", managerCulture)),
                ]),
            ],
            Lang = managerCulture.Name,
            FallbackText = notice,
        };
        await EnqueueAsync(managerId, new Activity { Type = ActivityTypes.Message, Summary = notice, Attachments = [CardSerializer.ToAttachment(card)] }, cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(NudgeText.Format("Manager.Requested", culture, managerName), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The caller accepts <paramref name="repId"/>'s request: the link exists from now on.</summary>
    public async Task AcceptAsync(TurnContext turn, string repId, CultureInfo culture, CancellationToken cancellationToken)
    {
        var managerId = turn.Activity.From?.Id ?? string.Empty;
        var rep = await users.FindAsync(repId, cancellationToken).ConfigureAwait(false);
        if (rep is not null && rep.ManagerId == managerId)
        {
            await turn.SendTextAsync(NudgeText.Format("Manager.Accepted", culture, rep.Name ?? repId), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (rep is null || rep.PendingManagerId != managerId || rep.ManagerSource == ManagerSource.Directory)
        {
            await turn.SendTextAsync(NudgeText.Get("Manager.NothingToAnswer", culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        await users.UpsertAsync(rep with { ManagerId = managerId, ManagerSource = ManagerSource.Chat, PendingManagerId = null }, cancellationToken).ConfigureAwait(false);
        if (await users.FindAsync(managerId, cancellationToken).ConfigureAwait(false) is { Role: UserRole.Rep or UserRole.NewHire } manager)
        {
            await users.UpsertAsync(manager with { Role = UserRole.Manager }, cancellationToken).ConfigureAwait(false);
        }

        var managerName = turn.Activity.From?.Name ?? managerId;
        await EnqueueAsync(repId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = NudgeText.Format("Manager.AcceptedNotice", resolver.ForProfile(rep).Culture, managerName),
        }, cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(NudgeText.Format("Manager.Accepted", culture, rep.Name ?? repId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The caller declines <paramref name="repId"/>: a pending request is dropped, and a link the caller
    /// accepted earlier is undone (never one the company directory made).
    /// </summary>
    public async Task DeclineAsync(TurnContext turn, string repId, CultureInfo culture, CancellationToken cancellationToken)
    {
        var managerId = turn.Activity.From?.Id ?? string.Empty;
        var rep = await users.FindAsync(repId, cancellationToken).ConfigureAwait(false);
        var pending = rep?.PendingManagerId == managerId;
        var linked = rep?.ManagerId == managerId && rep.ManagerSource != ManagerSource.Directory;
        if (rep is null || (!pending && !linked))
        {
            await turn.SendTextAsync(NudgeText.Get("Manager.NothingToDecline", culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        await users.UpsertAsync(rep with
        {
            PendingManagerId = pending ? null : rep.PendingManagerId,
            ManagerId = linked ? null : rep.ManagerId,
        }, cancellationToken).ConfigureAwait(false);
        var managerName = turn.Activity.From?.Name ?? managerId;
        await EnqueueAsync(repId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = NudgeText.Format("Manager.DeclinedNotice", resolver.ForProfile(rep).Culture, managerName),
        }, cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(NudgeText.Format("Manager.Declined", culture, rep.Name ?? repId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rep's manager when the company directory set it: the chat cannot change it.</summary>
    public async Task<UserProfile?> FindDirectoryManagerAsync(string repId, CancellationToken cancellationToken)
    {
        var rep = await users.FindAsync(repId, cancellationToken).ConfigureAwait(false);
        return rep is { ManagerSource: ManagerSource.Directory, ManagerId: { } managerId }
            ? await users.FindAsync(managerId, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private static CardActionData Answer(string action, string repId) =>
        new() { Command = NudgeServiceCollectionExtensions.ManagerCommand, Action = action, RepId = repId };

    private async Task EnqueueAsync(string recipientId, Activity activity, CancellationToken cancellationToken)
    {
        await outbox.StageEnqueueAsync(new OutboxDraft(NudgeServiceCollectionExtensions.NoticeKind, recipientId, activity), cancellationToken).ConfigureAwait(false);
        signal.Wake();
    }
}
