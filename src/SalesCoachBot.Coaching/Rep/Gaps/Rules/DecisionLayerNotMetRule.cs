using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A decider or decision-layer person we have never met (为什么见决策层: their real attitude, our influence, the purchase criteria).</summary>
internal sealed class DecisionLayerNotMetRule : GapRule
{
    public override string Id => "DC-DECISION-LAYER-NOT-MET";

    public override int Rank => 84;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.WhyMeetDecisionLayer;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        var circling = GapContext.NeverReachedDecider(deal);
        foreach (var person in deal.Stakeholders.Where(s => GapContext.IsDecider(s) && !s.HasBeenContacted))
        {
            // At 购买决策 a decider never met is the XAJT loss in the making.
            if (GapContext.AtDecision(deal) && person.HoldsDecidingRole)
            {
                var why = person.Holds(DecisionChainRole.Approver) ? GapContext.WhyApproverAtDecision : GapContext.WhyAtDecision;
                yield return Create(GapSeverity.Critical, GapFlow.PreVisit, person) with { WhyKey = why };
            }
            else
            {
                yield return Create(GapSeverity.High, GapFlow.PreVisit, person) with { WhyKey = circling ? GapContext.WhyNeverReachedDecider : null };
            }
        }
    }
}
