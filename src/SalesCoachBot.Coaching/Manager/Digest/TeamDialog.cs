using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// The <c>team</c> command: the manager's digest on demand, and the digest card's buttons — ping the
/// rep, snooze, mark reviewed. Every action checks that the deal's owner reports to the caller, so
/// a manager acts on, and sees, only their own reps' deals.
/// </summary>
internal sealed class TeamDialog(
    TeamDigestBuilder digests,
    StallDetector detector,
    IDealStore deals,
    IUserStore users,
    INudgeStore nudges,
    IProactiveStore outbox,
    IConversationReferenceStore references,
    ProactiveDeliverySignal signal,
    TurnUserResolver resolver,
    IOptions<NudgeOptions> options) : Dialog(DialogId)
{
    public const string DialogId = "nudge.team";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var managerId = dc.Context.Activity.From?.Id ?? string.Empty;
        var now = dc.TimeProvider.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, dc.UserTimeZone).DateTime);
        if (options is CardActionData { Action: { } } pressed)
        {
            await ActAsync(dc, managerId, pressed, today, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ShowDigestAsync(dc, managerId, today, cancellationToken).ConfigureAwait(false);
        }

        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowDigestAsync(DialogContext dc, string managerId, DateOnly today, CancellationToken cancellationToken)
    {
        var culture = dc.Culture;

        // The digest reads the whole team's deals; on a large team that takes a moment.
        await dc.Context.SendTypingAsync(cancellationToken).ConfigureAwait(false);
        var digest = await digests.BuildAsync(managerId, today, cancellationToken).ConfigureAwait(false);
        if (digest.Reps.Count == 0)
        {
            await dc.Context.SendTextAsync(NudgeText.Get("Digest.NoTeam", culture), cancellationToken).ConfigureAwait(false);
        }
        else if (digest.Stalled.Count == 0)
        {
            await dc.Context.SendTextAsync(NudgeText.Get("Digest.NothingStalled", culture), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var card = NudgeCard.Build(digest, options.Value, culture) with { Refresh = NudgeCard.RefreshFor(managerId) };
            await dc.Context.SendCardAsync(card, card.FallbackText, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The digest as it is now for <paramref name="managerId"/>, for the card's refresh: the stalled
    /// deals, or a one-line card when nothing is stalled (any more).
    /// </summary>
    public async Task<AdaptiveCard> CurrentDigestAsync(string managerId, DateOnly today, CultureInfo culture, CancellationToken cancellationToken)
    {
        var digest = await digests.BuildAsync(managerId, today, cancellationToken).ConfigureAwait(false);
        if (digest.Stalled.Count == 0)
        {
            var text = NudgeText.Get(digest.Reps.Count == 0 ? "Digest.NoTeam" : "Digest.NothingStalled", culture);
            return new AdaptiveCard { Body = [new TextBlock(text)], Lang = culture.Name, FallbackText = text, Refresh = NudgeCard.RefreshFor(managerId) };
        }

        return NudgeCard.Build(digest, options.Value, culture) with { Refresh = NudgeCard.RefreshFor(managerId) };
    }

    /// <summary>
    /// What a digest button did: pressed by <c>Action.Execute</c>, the digest is answered in place with
    /// the deal's line saying so instead of its buttons; otherwise (a submit) it is said in the chat.
    /// </summary>
    private async Task ConfirmAsync(DialogContext dc, string managerId, DateOnly today, Guid dealId, string done, CancellationToken cancellationToken)
    {
        if (dc.Context.IsCardActionInvoke)
        {
            // Built before the turn commits: the deal is still on the digest, now marked as handled.
            var digest = await digests.BuildAsync(managerId, today, cancellationToken).ConfigureAwait(false);
            if (digest.Stalled.Any(s => s.Record.Deal.Id == dealId))
            {
                var card = NudgeCard.Build(digest, options.Value, dc.Culture, new Dictionary<Guid, string> { [dealId] = done })
                    with { Refresh = NudgeCard.RefreshFor(managerId) };
                await dc.Context.ReplacePressedCardAsync(CardSerializer.ToJsonElement(card), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        await dc.Context.SendTextAsync(done, cancellationToken).ConfigureAwait(false);
    }

    private async Task ActAsync(DialogContext dc, string managerId, CardActionData pressed, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var culture = dc.Culture;
        var record = Guid.TryParse(pressed.DealId, out var dealId)
            ? await deals.FindAsync(dealId, cancellationToken).ConfigureAwait(false)
            : null;
        var rep = record is null ? null : await users.FindAsync(record.OwnerUserId, cancellationToken).ConfigureAwait(false);
        if (record is null || rep is null || rep.ManagerId != managerId || rep.Id == managerId)
        {
            await dc.Context.SendTextAsync(NudgeText.Get("Deal.NotInTeam", culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        var deal = record.Deal;
        if (deal.IsClosed && pressed.Action == NudgeActions.Ping)
        {
            // Pressed on a digest from before the rep closed it: the rep is not chased about a closed deal.
            await dc.Context.SendTextAsync(NudgeText.Format("Deal.Closed", culture, CardText.Escape(deal.Name)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var review = (await nudges.ListReviewsAsync(managerId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.DealId == deal.Id)
            ?? new DealReview(managerId, deal.Id);
        switch (pressed.Action)
        {
            case NudgeActions.Ping:
                await PingAsync(dc, managerId, record, rep, today, cancellationToken).ConfigureAwait(false);
                break;

            case NudgeActions.Snooze:
                var until = today.AddDays(options.Value.SnoozeDays);
                await nudges.StageReviewAsync(review with { SnoozedUntil = until }, cancellationToken).ConfigureAwait(false);
                await ConfirmAsync(dc, managerId, today, deal.Id, NudgeText.Format("Snooze.Done", culture, CardText.Escape(deal.Name), until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
                break;

            case NudgeActions.Reviewed:
                await nudges.StageReviewAsync(review with { ReviewedAt = now }, cancellationToken).ConfigureAwait(false);
                await ConfirmAsync(dc, managerId, today, deal.Id, NudgeText.Format("Reviewed.Done", culture, CardText.Escape(deal.Name)), cancellationToken).ConfigureAwait(false);
                break;

            default:
                await ShowDigestAsync(dc, managerId, today, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task PingAsync(DialogContext dc, string managerId, DealRecord record, UserProfile rep, DateOnly today, CancellationToken cancellationToken)
    {
        var culture = dc.Culture;
        var deal = record.Deal;
        var repName = rep.Name ?? rep.Id;
        if (await references.FindForUserAsync(rep.Id, cancellationToken).ConfigureAwait(false) is null)
        {
            await dc.Context.SendTextAsync(NudgeText.Format("Ping.NotReachable", culture, CardText.Escape(repName)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var gaps = detector.CriticalGaps(deal, today);
        var sightings = await nudges.ListGapSightingsAsync([deal.Id], cancellationToken).ConfigureAwait(false);
        // The ping names the most urgent reason, even one not yet past its threshold; a deal the
        // manager chose to ping that is not stalled gets the idle reason with its real number of days.
        var finding = detector.Evaluate(record, today, gaps, rule => sightings.FirstOrDefault(s => s.RuleId == rule)?.FirstSeenOn)?.Findings[0]
            ?? (gaps.Count > 0 ? new StallFinding(StallReason.CriticalGapOpen, 0) { Gap = gaps[0] }
                : new StallFinding(StallReason.Idle, Math.Max(0, today.DayNumber - DateOnly.FromDateTime(record.UpdatedAt.UtcDateTime).DayNumber)));
        var repCulture = resolver.ForProfile(rep).Culture;
        var managerName = dc.Context.Activity.From?.Name ?? managerId;
        var body = new List<CardElement>
        {
            new TextBlock(NudgeText.Format("Ping.Message", repCulture, CardText.Escape(managerName), $"{CardText.Escape(deal.Customer)} · {CardText.Escape(deal.Name)}", StallReasonText.Describe(finding, repCulture))) { Wrap = true },
        };
        if (finding.Gap is { } gap)
        {
            body.Add(new TextBlock(NudgeText.Format("Ping.NextAction", repCulture, gap.GetNextAction(repCulture))) { Wrap = true, IsSubtle = true });
        }

        body.Add(new ActionSet(
        [
            PingTarget.For(finding, deal.Id).ToSubmit(NudgeText.Get("Ping.Action", repCulture)),
        ]));
        var card = new AdaptiveCard { Body = body, Lang = repCulture.Name, FallbackText = StallReasonText.Describe(finding, repCulture) };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = card.FallbackText,
            Attachments = [CardSerializer.ToAttachment(card)],
        };
        await outbox.StageEnqueueAsync(new OutboxDraft(NudgeServiceCollectionExtensions.RepPingKind, rep.Id, activity), cancellationToken).ConfigureAwait(false);
        signal.Wake();
        await ConfirmAsync(dc, managerId, today, deal.Id, NudgeText.Format("Ping.Sent", culture, CardText.Escape(repName), CardText.Escape(deal.Name)), cancellationToken).ConfigureAwait(false);
    }
}
