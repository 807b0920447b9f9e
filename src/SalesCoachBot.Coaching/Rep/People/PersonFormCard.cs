using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.People;

/// <summary>
/// One person: name, title, department, decision-chain / buying roles and functional types
/// (multi-select), coach flag, support level with its five dimensions (1–5), "re-assessed, no change",
/// last contact, and the power-map facts the rules read: personnel change, hidden power, the circle
/// the person stands in with the boss (内圈/边圈/外圈) and, for the decision layer, management style.
/// All optional.
/// </summary>
internal static class PersonFormCard
{
    public const string Name = "name";
    public const string JobTitle = "title";
    public const string Department = "department";
    public const string DecisionChainRoles = "decisionChainRoles";
    public const string BuyingRoles = "buyingRoles";
    public const string FunctionalTypes = "functionalTypes";
    public const string IsCoach = "isCoach";
    public const string Support = "support";
    public const string LastContact = "lastContact";
    public const string Reassessed = "reassessed";
    public const string PersonnelChange = "personnelChange";
    public const string HiddenPowers = "hiddenPowers";
    public const string Circle = "circle";
    public const string ManagementStyle = "managementStyle";

    public static string ScoreId(SupportDimension dimension) => $"score{dimension}";

    public static AdaptiveCard Build(Stakeholder? person, CultureInfo culture)
    {
        var title = person is null ? RepText.Get("Person.Title.New", culture) : RepText.Format("Person.Title.Edit", culture, CardText.Escape(person.Name));
        var plainTitle = person is null ? title : RepText.Format("Person.Title.Edit", culture, person.Name);
        var current = person?.CurrentSupport;
        var body = new List<CardElement>
        {
            RepCardParts.Heading(title),
            new InputText(Name) { Label = RepText.Get("Person.Name", culture), IsRequired = true, MaxLength = InputLimits.PersonName, Value = person?.Name, ErrorMessage = RepText.Get("Person.NameRequired", culture) },
            new InputText(JobTitle) { Label = RepText.Get("Person.JobTitle", culture), MaxLength = InputLimits.PersonTitle, Value = person?.Title },
            new InputChoiceSet(Department, RepCardParts.EnumChoices<Method.Department>(culture)) { Label = RepText.Get("Person.Department", culture), Style = "compact", Value = person?.Department?.ToString() },
            new InputChoiceSet(DecisionChainRoles, RepCardParts.EnumChoices<DecisionChainRole>(culture)) { Label = RepText.Get("Person.DecisionChainRoles", culture), IsMultiSelect = true, Style = "expanded", Value = person is null ? null : RepCardParts.Joined(person.DecisionChainRoles) },
            new InputChoiceSet(BuyingRoles, RepCardParts.EnumChoices<BuyingRole>(culture)) { Label = RepText.Get("Person.BuyingRoles", culture), IsMultiSelect = true, Style = "compact", Value = person is null ? null : RepCardParts.Joined(person.BuyingRoles) },
            new InputChoiceSet(FunctionalTypes, RepCardParts.EnumChoices<FunctionalType>(culture)) { Label = RepText.Get("Person.FunctionalTypes", culture), IsMultiSelect = true, Style = "compact", Value = person is null ? null : RepCardParts.Joined(person.FunctionalTypes) },
            new InputToggle(IsCoach, RepText.Get("Person.IsCoach", culture)) { Value = person?.IsCoach == true ? "true" : "false", ValueOn = "true", ValueOff = "false" },
            new TextBlock(RepText.Get("Person.SupportNote", culture)) { IsSubtle = true, Size = "small" },
            new InputChoiceSet(Support, RepCardParts.EnumChoices<SupportLevel>(culture)) { Label = RepText.Get("Person.Support", culture), Style = "compact", Value = current?.Level.ToString() },
        };
        foreach (var dimension in Enum.GetValues<SupportDimension>())
        {
            body.Add(new InputNumber(ScoreId(dimension))
            {
                Label = RepText.Format("Person.Dimension", culture, CoachingText.Label(dimension, culture)),
                Min = SupportAssessment.MinScore,
                Max = SupportAssessment.MaxScore,
                Value = current?.Scores.TryGetValue(dimension, out var score) == true ? score : null,
                ErrorMessage = RepText.Get("Person.ScoreRange", culture),
            });
        }

        body.Add(new InputToggle(Reassessed, RepText.Get("Person.Reassessed", culture)) { Value = "false", ValueOn = "true", ValueOff = "false" });
        body.Add(new InputDate(LastContact) { Label = RepText.Get("Person.LastContact", culture), Value = person?.LastContactOn is { } date ? FormValues.Iso(date) : null });
        body.Add(new InputToggle(PersonnelChange, RepText.Get("Person.PersonnelChange", culture)) { Value = person?.PersonnelChange == true ? "true" : "false", ValueOn = "true", ValueOff = "false" });
        body.Add(new InputChoiceSet(HiddenPowers, RepCardParts.EnumChoices<HiddenPowerType>(culture)) { Label = RepText.Get("Person.HiddenPowers", culture), IsMultiSelect = true, Style = "compact", Value = person is null ? null : RepCardParts.Joined(person.HiddenPowers) });
        body.Add(new InputChoiceSet(Circle, RepCardParts.EnumChoices<RelationshipCircle>(culture)) { Label = RepText.Get("Person.Circle", culture), Style = "compact", Value = person?.Circle?.ToString() });
        body.Add(new InputChoiceSet(ManagementStyle, RepCardParts.EnumChoices<Method.ManagementStyle>(culture)) { Label = RepText.Get("Person.ManagementStyle", culture), Style = "compact", Value = person?.ManagementStyle?.ToString() });
        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = plainTitle, Actions = [new SubmitAction(RepText.Get("Form.Save", culture))] };
    }
}
