using System.Globalization;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>
/// "Delete 张伟 and everything recorded about them in this deal? [Delete] [Keep]". Both buttons
/// carry the whole request (<see cref="DeleteDialog.ConfirmAction"/> / <see cref="DeleteDialog.KeepAction"/>),
/// so the card needs no state: pressed again after the delete, it finds nothing left to delete.
/// </summary>
internal static class DeleteConfirmCard
{
    public static AdaptiveCard Build(Deal deal, Stakeholder? person, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var dealName = RepText.Format("Deal.Pick.Item", culture, deal.Customer, deal.Name);
        var question = person is null
            ? RepText.Format("Delete.Deal.Question", culture, dealName)
            : RepText.Format("Delete.Person.Question", culture, person.Name, dealName);
        var detail = RepText.Get(person is null ? "Delete.Deal.Detail" : "Delete.Person.Detail", culture);
        var request = PrivacyCommands.Delete(deal.Id, person?.Id);
        return new AdaptiveCard
        {
            Body = [RepCardParts.Heading(question), new TextBlock(detail) { IsSubtle = true }],
            Lang = culture.Name,
            FallbackText = question,
            Actions =
            [
                (request with { Action = DeleteDialog.ConfirmAction }).ToSubmit(RepText.Get("Delete.Confirm", culture)) with { Style = "destructive" },
                (request with { Action = DeleteDialog.KeepAction }).ToSubmit(RepText.Get("Delete.Keep", culture)),
            ],
        };
    }
}
