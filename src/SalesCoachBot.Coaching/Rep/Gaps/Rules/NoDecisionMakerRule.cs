using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Nobody on the map makes the choice (决策者): the deal has no decider we can work on.</summary>
internal sealed class NoDecisionMakerRule : GapRule
{
    public override string Id => "DC-NO-DECISION-MAKER";

    public override int Rank => 90;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.DecisionChainRoles;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (!deal.Holding(DecisionChainRole.DecisionMaker).Any())
        {
            yield return Create(GapSeverity.Critical, GapFlow.Stakeholders, role: DecisionChainRole.DecisionMaker);
        }
    }
}
