using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>We do not know how the customer decides; seed 004 tells of a deal lost to it (因决策方式输单).</summary>
internal sealed class DecisionMethodUnknownRule : GapRule
{
    public override string Id => "DM-METHOD-UNKNOWN";

    public override int Rank => 76;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.DecisionMethods;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.DecisionMethod == DecisionMethod.Unknown)
        {
            // YNSNJT (《决策链分析》第三单元) was lost on the decision method: once products are evaluated it decides whose support wins.
            yield return GapContext.Evaluating(deal)
                ? Create(GapSeverity.Critical, GapFlow.DealDetails) with { WhyKey = GapContext.WhyMethodLate }
                : Create(GapSeverity.High, GapFlow.DealDetails);
        }
    }
}
