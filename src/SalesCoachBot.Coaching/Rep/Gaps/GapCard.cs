using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>
/// The deal's decision chain role by role (who, support, last contact, KP/coach verified), its
/// red/amber/green health with the coverage score, and the top gaps with a button to close each.
/// The power map picture, when one is published, sits on top; the table is its text fallback.
/// </summary>
internal static class GapCard
{
    public const int TopGaps = 5;

    public static AdaptiveCard Build(Deal deal, DealHealth health, CultureInfo culture, Uri? powerMap)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(health);
        var title = RepText.Format("Gaps.Title", culture, RepCardParts.DealTitle(deal, culture));
        var plainTitle = RepText.Format("Gaps.Title", culture, RepCardParts.PlainDealTitle(deal, culture));
        var body = new List<CardElement> { RepCardParts.Heading(title) };
        if (powerMap is not null)
        {
            body.Add(new Image(powerMap.AbsoluteUri) { AltText = RepText.Get("Gaps.PowerMap", culture), Size = "stretch" });
        }

        body.Add(new TextBlock(RepText.Format("Gaps.Health", culture, CoachingText.Label(health.Status, culture), health.CoverageScore))
        {
            Weight = "bolder",
            Color = health.Status switch { HealthStatus.Red => "attention", HealthStatus.Amber => "warning", _ => "good" },
        });
        body.Add(new TextBlock(RepText.Get("Gaps.HealthNote", culture)) { IsSubtle = true, Spacing = "none", Size = "small" });
        body.Add(ChainTable(deal, culture));
        var top = health.Gaps.Take(TopGaps).ToList();
        if (top.Count == 0)
        {
            body.Add(new TextBlock(RepText.Get("Gaps.None", culture)) { Color = "good" });
        }
        else
        {
            body.Add(new TextBlock(RepText.Get("Gaps.Top", culture)) { Weight = "bolder", Spacing = "medium" });
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var gap in top)
            {
                // gap-<RULE-ID>, then gap-<RULE-ID>~2…: element ids must be unique on the card.
                var seen = ids[gap.RuleId] = ids.GetValueOrDefault(gap.RuleId) + 1;
                body.Add(GapItem(deal, gap, culture) with { Id = seen == 1 ? $"gap-{gap.RuleId}" : $"gap-{gap.RuleId}~{seen}" });
            }
        }

        // One prominent next step: the flow that closes the first (most severe) gap; then the next
        // person, since a chain is mapped one person at a time (the card follows each saved person).
        var addPerson = RepCommands.Open(RepCommands.People, deal.Id, RepCommands.NewPerson).ToSubmit(RepText.Get("People.Add", culture));
        IReadOnlyList<CardAction> actions = top.Count == 0
            ? [addPerson]
            : [RepCommands.Closing(top[0], deal.Id).ToSubmit(RepText.Format("Gaps.Next", culture, CoachingText.Label(top[0].Flow, culture))) with { Style = "positive" }, addPerson];
        return new AdaptiveCard { Body = body, Actions = actions, Lang = culture.Name, FallbackText = plainTitle, MsTeams = TeamsCardOptions.FullWidth };
    }

    private static Table ChainTable(Deal deal, CultureInfo culture)
    {
        var rows = new List<TableRow>
        {
            Row(culture, [RepText.Get("Gaps.Role", culture), RepText.Get("Gaps.Holder", culture), RepText.Get("Gaps.Support", culture), RepText.Get("Gaps.LastContact", culture), RepText.Get("Gaps.Verified", culture)]),
        };
        foreach (var role in Enum.GetValues<DecisionChainRole>())
        {
            var holders = deal.Holding(role).ToList();
            if (holders.Count == 0)
            {
                rows.Add(Row(culture, [CoachingText.Label(role, culture), RepText.Get("Gaps.Nobody", culture), string.Empty, string.Empty, string.Empty]) with { Style = "attention" });
            }

            rows.AddRange(holders.Select(person => PersonRow(deal, person, CoachingText.Label(role, culture), culture)));
        }

        // The KP and coaches often hold no decision-chain role; they still belong on the map.
        foreach (var person in deal.Stakeholders.Where(s => !s.IsInDecisionChain && (s.IsCoach || s.Id == deal.KeyPersonId)))
        {
            rows.Add(PersonRow(deal, person, CoachingText.Label(FunctionalType.Coach, culture), culture));
        }

        // A large account's chain can outgrow the message: its last rows give way to "and N more".
        return CardLists.Marked(new Table([new TableColumnDefinition(3), new TableColumnDefinition(3), new TableColumnDefinition(2), new TableColumnDefinition(2), new TableColumnDefinition(2)], rows)
        {
            FirstRowAsHeader = true,
            ShowGridLines = true,
        }, RepCardParts.AndMore(culture));
    }

    private static TableRow PersonRow(Deal deal, Stakeholder person, string role, CultureInfo culture)
    {
        var marks = new List<string>();
        if (person.Id == deal.KeyPersonId)
        {
            marks.Add(RepText.Get(KpCheck.Score(deal).IsVerified ? "Gaps.KpVerified" : "Gaps.KpUnverified", culture));
        }

        if (person.IsCoach)
        {
            marks.Add(RepText.Get(CoachCheck.Score(person).IsVerified ? "Gaps.CoachVerified" : "Gaps.CoachUnverified", culture));
        }

        return Row(culture,
        [
            role,
            CardText.Escape(person.Name),
            person.CurrentSupport is { } support ? CoachingText.Label(support.Level, culture) : RepText.Get("Gaps.Unknown", culture),
            person.LastContactOn is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : RepText.Get("Gaps.Never", culture),
            string.Join(' ', marks),
        ]);
    }

    private static TableRow Row(CultureInfo culture, IReadOnlyList<string> cells) =>
        new([.. cells.Select(text => new TableCell([new TextBlock(text.Length == 0 ? "—" : text)]))]);

    /// <summary>The gap's button: opens the flow that closes it (<see cref="RepCommands.Closing"/>).</summary>
    public static SubmitAction Button(Gap gap, Guid dealId, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return RepCommands.Closing(gap, dealId).ToSubmit(CoachingText.Label(gap.Flow, culture));
    }

    private static Container GapItem(Deal deal, Gap gap, CultureInfo culture)
    {
        var items = new List<CardElement>
        {
            new TextBlock($"{CoachingText.Label(gap.Severity, culture)} · {gap.GetMessage(culture)}") { Weight = "bolder", Color = gap.Severity <= GapSeverity.High ? "attention" : "default" },
        };
        if (gap.GetWhy(culture) is { } why)
        {
            items.Add(new TextBlock(why) { Spacing = "none", IsSubtle = true });
        }

        items.AddRange(gap.DetailKeys.Select(key => new TextBlock($"• {CoachingText.Get(key, culture)}") { Spacing = "none" }));

        // The person's other gaps: one line says everything about him.
        items.AddRange(gap.AlsoAbout.Select(other => new TextBlock(RepText.Format("Gaps.AlsoAbout", culture, CoachingText.Label(other.Severity, culture), other.GetMessage(culture))) { Spacing = "none" }));
        items.Add(new TextBlock(gap.GetNextAction(culture)) { Spacing = "small" });
        items.Add(new TextBlock(RepText.Format("Gaps.Source", culture, gap.Source.Display(culture))) { IsSubtle = true, Spacing = "none", Size = "small" });
        items.Add(new ActionSet([Button(gap, deal.Id, culture)]));
        return new Container(items) { Separator = true };
    }
}
