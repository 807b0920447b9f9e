using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// The manager's digest: each stalled deal with its rep, stage, days without update and top reasons,
/// and three buttons (ping the rep, snooze, mark reviewed) that come back as the <c>team</c> command.
/// A deal in <c>handled</c> shows what was done instead of its buttons (the card updated in place).
/// </summary>
internal static class NudgeCard
{
    public static AdaptiveCard Build(TeamDigest digest, NudgeOptions options, CultureInfo culture, IReadOnlyDictionary<Guid, string>? handled = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(NudgeText.Format("Digest.Title", culture, digest.Stalled.Count)) { Size = "large", Weight = "bolder", Style = "heading", Wrap = true },
            new TextBlock(NudgeText.Format("Digest.Intro", culture, options.SnoozeDays)) { Wrap = true, IsSubtle = true },
        };
        var rows = new List<CardElement>();
        foreach (var stalled in digest.Stalled.Take(options.MaxDealsPerCard))
        {
            var deal = stalled.Record.Deal;
            var rep = digest.Reps.TryGetValue(stalled.Record.OwnerUserId, out var owner) ? owner.Name ?? owner.Id : stalled.Record.OwnerUserId;
            var items = new List<CardElement>
            {
                new TextBlock($"{CardText.Escape(deal.Customer)} · {CardText.Escape(deal.Name)}") { Weight = "bolder", Wrap = true },
                new FactSet(
                [
                    new Fact(NudgeText.Get("Digest.Rep", culture), CardText.Escape(rep)),
                    new Fact(NudgeText.Get("Digest.Stage", culture), CoachingText.Label(deal.Stage, culture)),
                    new Fact(NudgeText.Get("Digest.DaysIdle", culture), stalled.DaysIdle.ToString(culture)),
                ]),
            };
            items.AddRange(stalled.Findings.Take(options.MaxReasonsPerDeal)
                .Select(f => new TextBlock("• " + StallReasonText.Describe(f, culture)) { Wrap = true, Spacing = "none" }));
            if (handled?.GetValueOrDefault(deal.Id) is { } done)
            {
                items.Add(new TextBlock("✓ " + done) { Color = "good", Wrap = true });
                body.Add(new Container(items) { Separator = true, Spacing = "medium" });
                continue;
            }

            items.Add(new ActionSet(
            [
                Button(NudgeText.Get("Button.Ping", culture), NudgeActions.Ping, deal.Id),
                Button(NudgeText.Format("Button.Snooze", culture, options.SnoozeDays), NudgeActions.Snooze, deal.Id),
                Button(NudgeText.Get("Button.Reviewed", culture), NudgeActions.Reviewed, deal.Id),
            ]));
            rows.Add(new Container(items) { Separator = true, Spacing = "medium" });
        }

        // Past MaxDealsPerCard, or when long names make the deals more than one message holds, the
        // last deals give way to one line that says how many are not shown.
        if (digest.Stalled.Count > 0)
        {
            body.Add(CardLists.Rows(rows, NudgeText.Get("Digest.More", culture), hidden: digest.Stalled.Count - rows.Count));
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = NudgeText.Format("Digest.Summary", culture, digest.Stalled.Count) };
    }

    /// <summary>The refresh that keeps a digest current for the manager <paramref name="managerId"/>.</summary>
    public static CardRefresh? RefreshFor(string? managerId) =>
        CardRefresh.For(new CardActionData { Command = NudgeServiceCollectionExtensions.TeamCommand }, managerId);

    private static SubmitAction Button(string title, string action, Guid dealId) =>
        new CardActionData { Command = NudgeServiceCollectionExtensions.TeamCommand, Action = action, DealId = dealId.ToString("D") }.ToSubmit(title);
}
