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

    public override CourseReference Source => Course.DecisionChainRoles;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        var evaluationMatters = deal.Stage >= BuyingJourneyStage.EvaluatingProducts || deal.DecisionMethod == DecisionMethod.ScoredPanel;
        if (evaluationMatters && !deal.Holding(DecisionChainRole.Evaluator).Any())
        {
            yield return Create(GapSeverity.High, GapFlow.Stakeholders, role: DecisionChainRole.Evaluator);
        }
    }
}
