using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>A deal's details: customer, name, value, expected close, stage, decision method.</summary>
internal static class DealFormCard
{
    public const string Customer = "customer";
    public const string Name = "name";
    public const string Value = "value";
    public const string CloseOn = "closeOn";
    public const string Stage = "stage";
    public const string DecisionMethod = "decisionMethod";
    public const string DecisionMethodConfirmed = "decisionMethodConfirmed";

    public static AdaptiveCard Build(CultureInfo culture, Deal? deal)
    {
        var title = deal is null ? RepText.Get("Deal.Form.Title", culture) : RepText.Format("Deal.Current", culture, CardText.Escape(deal.Customer), CardText.Escape(deal.Name));
        var plainTitle = deal is null ? title : RepText.Format("Deal.Current", culture, deal.Customer, deal.Name);
        return new AdaptiveCard
        {
            Lang = culture.Name,
            FallbackText = plainTitle,
            Body =
            [
                RepCardParts.Heading(title),
                new InputText(Customer) { Label = RepText.Get("Deal.Form.Customer", culture), IsRequired = true, MaxLength = InputLimits.CustomerName, Value = deal?.Customer, ErrorMessage = RepText.Get("Deal.Form.Required", culture) },
                new InputText(Name) { Label = RepText.Get("Deal.Form.Name", culture), IsRequired = true, MaxLength = InputLimits.DealName, Value = deal?.Name, ErrorMessage = RepText.Get("Deal.Form.Required", culture) },
                new InputNumber(Value) { Label = RepText.Get("Deal.Form.Value", culture), Min = 0, Value = deal is { Value: > 0 } ? deal.Value : null },
                new InputDate(CloseOn) { Label = RepText.Get("Deal.Form.CloseOn", culture), Value = deal?.ExpectedCloseOn is { } close ? FormValues.Iso(close) : null },
                new InputChoiceSet(Stage, RepCardParts.EnumChoices<BuyingJourneyStage>(culture)) { Label = RepText.Get("Deal.Form.Stage", culture), Style = "compact", Value = (deal?.Stage ?? BuyingJourneyStage.Unknown).ToString() },
                new InputChoiceSet(DecisionMethod, RepCardParts.EnumChoices<Method.DecisionMethod>(culture)) { Label = RepText.Get("Deal.Form.DecisionMethod", culture), Style = "compact", Value = (deal?.DecisionMethod ?? Method.DecisionMethod.Unknown).ToString() },
                new InputToggle(DecisionMethodConfirmed, RepText.Get("Deal.Form.DecisionMethodConfirmed", culture)) { Value = deal?.DecisionMethodConfirmed == true ? "true" : "false", ValueOn = "true", ValueOff = "false" },
            ],
            Actions = [new SubmitAction(RepText.Get("Form.Save", culture))],
        };
    }
}
