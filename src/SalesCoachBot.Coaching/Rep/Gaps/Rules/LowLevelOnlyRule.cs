using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>We are in touch with people, but none of them decides or sits in the decision layer (在客户基层人员里打转转).</summary>
internal sealed class LowLevelOnlyRule : GapRule
{
    public override string Id => "DC-LOW-LEVEL-ONLY";

    public override CourseReference Source => Course.CirclingBasicStaff;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        var contacted = deal.Stakeholders.Where(s => s.HasBeenContacted).ToList();
        if (contacted.Count > 0 && !contacted.Any(s => s.HoldsDecidingRole || s.Department == Department.DecisionLayer))
        {
            yield return Create(GapSeverity.High, GapFlow.Stakeholders);
        }
    }
}
