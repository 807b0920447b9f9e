using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A visit still to come whose pre-visit checklist (重要拜访前的准备工作) has items left blank.</summary>
internal sealed class VisitPlanIncompleteRule : GapRule
{
    public override string Id => "VI-PLAN-INCOMPLETE";

    public override int Rank => 24;

    public override CourseReference Source => Course.PreVisitPreparation;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var visit in deal.Visits.Where(v => !v.Held && v.Date >= today && v.Plan.MissingItems().Count > 0))
        {
            yield return Create(GapSeverity.Medium, GapFlow.PreVisit, arguments: visit.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
