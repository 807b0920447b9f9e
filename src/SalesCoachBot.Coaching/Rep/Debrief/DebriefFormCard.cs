using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Debrief;

/// <summary>
/// After a visit: who was met, the action commitment obtained (its four elements and three signs,
/// seed 004 unit 5), and each person's support re-assessed.
/// </summary>
internal static class DebriefFormCard
{
    public const string VisitDate = "visitDate";
    public const string Met = "met";
    public const string Action = "action";
    public const string CommittedBy = "committedBy";
    public const string DueOn = "dueOn";
    public const string DealProgress = "dealProgress";
    public const string Signs = "signs";

    public static string SupportId(Guid personId) => $"support-{personId:N}";

    public static AdaptiveCard Build(Deal deal, Visit visit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(visit);
        var title = RepText.Format("Debrief.Title", culture, RepCardParts.DealTitle(deal, culture));
        var plainTitle = RepText.Format("Debrief.Title", culture, RepCardParts.PlainDealTitle(deal, culture));
        var people = deal.Stakeholders.Select(s => new Choice(s.Name, s.Id.ToString("D"))).ToList();
        var body = new List<CardElement>
        {
            RepCardParts.Heading(title),
            new InputDate(VisitDate) { Label = RepText.Get("Debrief.VisitDate", culture), Value = FormValues.Iso(visit.Date) },
            new InputChoiceSet(Met, people) { Label = RepText.Get("Debrief.Met", culture), IsMultiSelect = true, Style = "expanded", IsRequired = true, ErrorMessage = RepText.Get("Debrief.MetRequired", culture), Value = visit.StakeholderIds.Count == 0 ? null : string.Join(',', visit.StakeholderIds.Select(id => id.ToString("D"))) },
            new TextBlock(RepText.Get("Debrief.Commitment", culture)) { Weight = "bolder", Spacing = "medium" },
            new TextBlock(RepText.Get("Debrief.CommitmentNote", culture)) { IsSubtle = true, Spacing = "none", Size = "small" },
            new InputText(Action) { Label = RepText.Get("Debrief.Action", culture), MaxLength = InputLimits.DebriefText, Value = visit.Commitment?.Action ?? visit.Plan.CommitmentToAsk },
            new InputChoiceSet(CommittedBy, people) { Label = RepText.Get("Debrief.CommittedBy", culture), Style = "compact", Value = visit.Commitment?.CommittedBy?.ToString("D") },
            new InputDate(DueOn) { Label = RepText.Get("Debrief.DueOn", culture), Value = visit.Commitment?.DueOn is { } due ? FormValues.Iso(due) : null },
            new InputText(DealProgress) { Label = RepText.Get("Debrief.DealProgress", culture), MaxLength = InputLimits.DebriefText, Value = visit.Commitment?.DealProgress },
            new InputChoiceSet(Signs, RepCardParts.EnumChoices<CommitmentSign>(culture)) { Label = RepText.Get("Debrief.Signs", culture), IsMultiSelect = true, Style = "expanded", Value = visit.Commitment is { } c ? RepCardParts.Joined(c.SignsConfirmed) : null },
        };
        // One support question per person; on a large account the last ones may give way to "and N
        // more" (a support left out is simply not changed; the people card edits it).
        var support = deal.Stakeholders.Select(person => (CardElement)new InputChoiceSet(SupportId(person.Id), RepCardParts.EnumChoices<SupportLevel>(culture))
        {
            Label = RepText.Format("Debrief.SupportFor", culture, person.Name),
            Style = "compact",
            Value = person.CurrentSupport?.Level.ToString(),
        }).ToList();
        if (support.Count > 0)
        {
            body.Add(CardLists.Rows(support, RepCardParts.AndMore(culture)));
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = plainTitle, Actions = [new SubmitAction(RepText.Get("Form.Save", culture))] };
    }
}
