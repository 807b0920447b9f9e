using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A decider or decision-layer person we have never met (为什么见决策层: their real attitude, our influence, the purchase criteria).</summary>
internal sealed class DecisionLayerNotMetRule : GapRule
{
    public override string Id => "DC-DECISION-LAYER-NOT-MET";

    public override CourseReference Source => Course.WhyMeetDecisionLayer;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => (s.HoldsDecidingRole || s.Department == Department.DecisionLayer) && !s.HasBeenContacted))
        {
            yield return Create(GapSeverity.High, GapFlow.PreVisit, person);
        }
    }
}
