using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// The decision method is what the rep believes, never checked against a second source. YNSNJT
/// (《决策链分析》第三单元) was lost on the decision method: a belief is not enough once products are evaluated.
/// </summary>
internal sealed class DecisionMethodUnverifiedRule : GapRule
{
    public override string Id => "DM-METHOD-UNVERIFIED";

    public override int Rank => 46;

    public override CourseReference Source => Course.DecisionMethodCases;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.DecisionMethod != DecisionMethod.Unknown && !deal.DecisionMethodConfirmed)
        {
            yield return GapContext.Evaluating(deal)
                ? Create(GapSeverity.High, GapFlow.DealDetails) with { WhyKey = GapContext.WhyMethodLate }
                : Create(GapSeverity.Medium, GapFlow.DealDetails);
        }
    }
}
