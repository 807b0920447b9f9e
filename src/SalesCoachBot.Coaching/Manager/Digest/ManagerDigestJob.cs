using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>The daily digest: every manager at their local digest time on working days, only when something is stalled.</summary>
internal sealed class ManagerDigestJob(ITeamStore team, IUserStore users, TurnUserResolver resolver, TeamDigestBuilder digests, IOptions<NudgeOptions> options) : IProactiveJob
{
    public string Kind => NudgeServiceCollectionExtensions.DigestKind;

    public async Task<IReadOnlyList<ProactiveRecipient>> ListRecipientsAsync(CancellationToken cancellationToken)
    {
        var managers = await team.ListManagersAsync(cancellationToken).ConfigureAwait(false);
        return [.. managers.Select(m => new ProactiveRecipient(m.Id, resolver.ForProfile(m).TimeZone, options.Value.DigestTime) { Days = options.Value.DigestDays ?? ProactiveRecipient.MondayToFriday })];
    }

    public async Task<Activity?> BuildAsync(string recipientUserId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var digest = await digests.BuildAsync(recipientUserId, localDate, cancellationToken).ConfigureAwait(false);
        if (digest.Stalled.Count == 0)
        {
            return null;
        }

        var manager = await users.FindAsync(recipientUserId, cancellationToken).ConfigureAwait(false);
        var culture = resolver.ForProfile(manager ?? new UserProfile(recipientUserId)).Culture;
        var card = NudgeCard.Build(digest, options.Value, culture) with { Refresh = NudgeCard.RefreshFor(recipientUserId) };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = card.FallbackText,
            Attachments = [CardSerializer.ToAttachment(card)],
        };
    }
}
