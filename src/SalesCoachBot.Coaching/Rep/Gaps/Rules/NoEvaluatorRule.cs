using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// No evaluator (决策支持评估者) on the map once the customer evaluates products, or at any stage when a
/// scoring panel decides: from then on the evaluators&apos; scores and recommendations carry the deal.
/// </summary>
internal sealed class NoEvaluatorRule : GapRule
{
    public override string Id => "DC-NO-EVALUATOR";

    public override int Rank => 70;

    public override CourseReference Source => Course.DecisionChainRoles;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        var evaluationMatters = deal.Stage >= BuyingJourneyStage.EvaluatingProducts || deal.DecisionMethod == DecisionMethod.ScoredPanel;
        if (evaluationMatters && !deal.Holding(DecisionChainRole.Evaluator).Any())
        {
            // Under 高层确定,团队执行 the evaluators only carry out; under the other two their view reaches the decision.
            var severity = deal.DecisionMethod == DecisionMethod.TopDecides ? GapSeverity.Medium : GapSeverity.High;
            yield return Create(severity, GapFlow.Stakeholders, role: DecisionChainRole.Evaluator) with { WhyKey = GapContext.EvaluatorsWhy(deal) };
        }
    }
}
