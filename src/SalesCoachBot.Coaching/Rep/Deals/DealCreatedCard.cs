using System.Globalization;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// A new deal is saved: what it is, and the next steps — add the people of its decision chain
/// (the first thing the course asks for a deal), or prepare the visit.
/// </summary>
internal static class DealCreatedCard
{
    public static AdaptiveCard Build(Deal deal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var text = RepText.Format("Deal.Created", culture, deal.Customer, deal.Name);
        return new AdaptiveCard
        {
            Body = [new TextBlock(RepText.Format("Deal.Created", culture, CardText.Escape(deal.Customer), CardText.Escape(deal.Name))) { Wrap = true }],
            Actions =
            [
                RepCommands.Open(RepCommands.People, deal.Id, RepCommands.NewPerson).ToSubmit(RepText.Get("Deal.Next.People", culture)) with { Style = "positive" },
                RepCommands.Open(RepCommands.Prep, deal.Id).ToSubmit(RepText.Get("Deal.Next.Prep", culture)),
            ],
            Lang = culture.Name,
            FallbackText = text,
        };
    }
}
