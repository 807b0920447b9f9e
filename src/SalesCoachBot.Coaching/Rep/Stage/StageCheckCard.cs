using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>The stage questions (what the customer says, does, asks for, focuses on) as radio choices.</summary>
internal static class StageCheckCard
{
    public static AdaptiveCard Build(Deal deal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var title = RepText.Format("Stage.Title", culture, RepCardParts.DealTitle(deal, culture));
        var plainTitle = RepText.Format("Stage.Title", culture, RepCardParts.PlainDealTitle(deal, culture));
        var body = new List<CardElement>
        {
            RepCardParts.Heading(title),
            new TextBlock(RepText.Format("Stage.Current", culture, CoachingText.Label(deal.Stage, culture))) { IsSubtle = true },
        };
        body.AddRange(StageQuestions.All.Select(question => new InputChoiceSet(question.Id, [.. question.Options.Select(o => new Choice(question.GetOptionText(o.Id, culture), o.Id))])
        {
            Label = question.GetText(culture),
            Style = "expanded",
        }));
        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = plainTitle, Actions = [new SubmitAction(RepText.Get("Form.Save", culture))] };
    }
}
