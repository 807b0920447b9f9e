using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A scoring panel decides (评委打分制,分高者得) and an evaluator is not covered: never contacted, or support unknown.</summary>
internal sealed class ScoredPanelEvaluatorsRule : GapRule
{
    public override string Id => "DM-SCORED-PANEL-EVALUATORS";

    public override int Rank => 72;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.DecisionMethods;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.DecisionMethod != DecisionMethod.ScoredPanel)
        {
            yield break;
        }

        foreach (var person in deal.Holding(DecisionChainRole.Evaluator).Where(s => !s.HasBeenContacted || s.CurrentSupport is null))
        {
            var severity = GapContext.AtDecision(deal) ? GapSeverity.Critical : GapSeverity.High;
            yield return Create(severity, GapFlow.PreVisit, person, DecisionChainRole.Evaluator) with { WhyKey = GapContext.WhyScoredPanel };
        }
    }
}
