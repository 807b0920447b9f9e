using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.People;

/// <summary>The deal's people, one line each with an edit button, and "add a person".</summary>
internal static class PeopleCard
{
    public static AdaptiveCard Build(Deal deal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var title = RepText.Format("People.Title", culture, RepCardParts.DealTitle(deal, culture));
        var plainTitle = RepText.Format("People.Title", culture, RepCardParts.PlainDealTitle(deal, culture));
        var body = new List<CardElement> { RepCardParts.Heading(title) };
        if (deal.Stakeholders.Count == 0)
        {
            body.Add(new TextBlock(RepText.Get("People.Empty", culture)));
        }

        // Fifty people with long names and titles are more than one message holds: the list is marked
        // so the card loses its last rows, with "and N more", rather than failing to send.
        var rows = new List<CardElement>();
        foreach (var person in deal.Stakeholders)
        {
            var roles = person.DecisionChainRoles.Count == 0
                ? RepText.Get("People.NoRole", culture)
                : string.Join(", ", person.DecisionChainRoles.Order().Select(r => CoachingText.Label(r, culture)));
            var support = person.CurrentSupport is { } s ? CoachingText.Label(s.Level, culture) : RepText.Get("People.SupportUnknown", culture);
            var name = string.IsNullOrEmpty(person.Title) ? CardText.Escape(person.Name) : $"{CardText.Escape(person.Name)} ({CardText.Escape(person.Title)})";
            rows.Add(new ColumnSet(
            [
                new Column([new TextBlock(name) { Weight = "bolder" }, new TextBlock(RepText.Format("People.Line", culture, roles, support, person.IsCoach ? CoachingText.Label(Method.FunctionalType.Coach, culture) : string.Empty).TrimEnd(' ', '·')) { IsSubtle = true, Spacing = "none" }])
                { Width = "stretch", VerticalContentAlignment = "center" },
                new Column([new ActionSet([RepCommands.Open(RepCommands.People, deal.Id, person.Id.ToString("D")).ToSubmit(RepText.Format("People.Edit", culture, person.Name))])])
                { Width = "auto", VerticalContentAlignment = "center" },
            ]) { Separator = true });
        }

        if (rows.Count > 0)
        {
            body.Add(CardLists.Rows(rows, RepCardParts.AndMore(culture)));
        }

        return new AdaptiveCard
        {
            Body = body,
            Lang = culture.Name,
            FallbackText = plainTitle,
            // With people on the deal, the next step is checking who really decides.
            Actions = [.. PeopleSteps(deal, culture), .. DealActions(deal, culture)],
        };
    }

    private static IReadOnlyList<CardAction> PeopleSteps(Deal deal, CultureInfo culture) => deal.Stakeholders.Count == 0
        ? [RepCommands.Open(RepCommands.People, deal.Id, RepCommands.NewPerson).ToSubmit(RepText.Get("People.Add", culture))]
        : [
            RepCommands.Open(RepCommands.Kp, deal.Id).ToSubmit(RepText.Get("People.NextKp", culture)) with { Style = "positive" },
            RepCommands.Open(RepCommands.People, deal.Id, RepCommands.NewPerson).ToSubmit(RepText.Get("People.Add", culture)),
        ];

    // The deal's own housekeeping, after the people steps: close it (won / lost), or delete it after a confirm.
    private static IEnumerable<CardAction> DealActions(Deal deal, CultureInfo culture)
    {
        if (!deal.IsClosed)
        {
            yield return new CardActionData { Command = CloseDealDialog.Command, DealId = deal.Id.ToString("D") }.ToSubmit(RepText.Get("Command.close.Title", culture));
        }

        yield return Privacy.PrivacyCommands.Delete(deal.Id).ToSubmit(RepText.Get("Deal.Delete", culture));
    }
}
