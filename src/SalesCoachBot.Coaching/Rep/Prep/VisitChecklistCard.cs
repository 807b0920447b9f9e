using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Prep;

/// <summary>
/// The pre-visit checklist (重要拜访前的准备工作, seed 004 unit 5): the six items as one form,
/// pre-filled with what was saved, with how many are done and which are missing.
/// </summary>
internal static class VisitChecklistCard
{
    public const string VisitDate = "visitDate";

    public static string InputId(VisitChecklistItem item) => item switch
    {
        VisitChecklistItem.NeedsPreset => "needsPreset",
        VisitChecklistItem.VisitPurpose => "visitPurpose",
        VisitChecklistItem.CompetitorPreset => "competitorPreset",
        VisitChecklistItem.OurDifference => "ourDifference",
        VisitChecklistItem.GuidancePath => "guidancePath",
        VisitChecklistItem.CommitmentToAsk => "commitmentToAsk",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    public static string? Value(VisitPlan plan, VisitChecklistItem item) => item switch
    {
        VisitChecklistItem.NeedsPreset => plan.NeedsPreset,
        VisitChecklistItem.VisitPurpose => plan.VisitPurpose,
        VisitChecklistItem.CompetitorPreset => plan.CompetitorPreset,
        VisitChecklistItem.OurDifference => plan.OurDifference,
        VisitChecklistItem.GuidancePath => plan.GuidancePath,
        VisitChecklistItem.CommitmentToAsk => plan.CommitmentToAsk,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    public static AdaptiveCard Build(Deal deal, Visit visit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(visit);
        var title = RepText.Format("Prep.Title", culture, RepCardParts.DealTitle(deal, culture));
        var plainTitle = RepText.Format("Prep.Title", culture, RepCardParts.PlainDealTitle(deal, culture));
        var body = new List<CardElement>
        {
            RepCardParts.Heading(title),
            new TextBlock(RepText.Get("Prep.Intro", culture)) { IsSubtle = true },
        };
        body.AddRange(Progress(visit.Plan, culture));
        body.Add(new InputDate(VisitDate) { Label = RepText.Get("Prep.VisitDate", culture), Value = FormValues.Iso(visit.Date) });
        foreach (var item in Enum.GetValues<VisitChecklistItem>())
        {
            // The course's five preparations, then the commitment to ask for, which the course teaches apart
            // (如何获取有效行动承诺): two headed groups, so neither reads as the other's sixth item.
            if (item is VisitChecklistItem.NeedsPreset or VisitChecklistItem.CommitmentToAsk)
            {
                body.Add(new TextBlock(RepText.Get(item == VisitChecklistItem.NeedsPreset ? "Prep.Group.Preparations" : "Prep.Group.Commitment", culture)) { Weight = "bolder", Spacing = "medium" });
            }

            body.Add(new InputText(InputId(item))
            {
                Label = CoachingText.Label(item, culture),
                Placeholder = RepText.Get($"Prep.Hint.{item}", culture),
                IsMultiline = true,
                MaxLength = InputLimits.VisitNote,
                Value = Value(visit.Plan, item),
            });
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = plainTitle, Actions = [new SubmitAction(RepText.Get("Form.Save", culture))] };
    }

    /// <summary>The completeness after a save, on its own card.</summary>
    public static AdaptiveCard BuildProgress(VisitPlan plan, CultureInfo culture) =>
        new() { Body = [.. Progress(plan, culture)], Lang = culture.Name, FallbackText = RepText.Get("Command.prep.Title", culture) };

    /// <summary>"4/6 done" and the missing items' names, or "all prepared".</summary>
    public static IEnumerable<TextBlock> Progress(VisitPlan plan, CultureInfo culture)
    {
        var (done, missing, complete) = ProgressLines(plan, culture);
        yield return new TextBlock(done) { Weight = "bolder", Color = complete ? "good" : "warning" };
        yield return new TextBlock(missing);
    }

    /// <summary>The same two lines as markdown, for a message's text: the count in bold, then what is missing.</summary>
    public static string ProgressText(VisitPlan plan, CultureInfo culture)
    {
        var (done, missing, _) = ProgressLines(plan, culture);
        return $"**{done}**\n\n{missing}";
    }

    private static (string Done, string Missing, bool Complete) ProgressLines(VisitPlan plan, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var total = Enum.GetValues<VisitChecklistItem>().Length;
        var missing = plan.MissingItems();
        var rest = missing.Count == 0
            ? RepText.Get("Prep.Complete", culture)
            : RepText.Format("Prep.Missing", culture, string.Join(culture.Name.StartsWith("zh", StringComparison.Ordinal) ? "、" : ", ", missing.Select(m => CoachingText.Label(m, culture))));
        return (RepText.Format("Prep.Progress", culture, total - missing.Count, total), rest, missing.Count == 0);
    }
}
