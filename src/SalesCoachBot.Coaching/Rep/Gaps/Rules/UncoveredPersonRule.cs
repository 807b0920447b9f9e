using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Someone in the decision chain we have never contacted: 忽略即是威胁 — an ignored person is a threat.</summary>
internal sealed class UncoveredPersonRule : GapRule
{
    public override string Id => "DC-UNCOVERED-PERSON";

    public override int Rank => 40;

    public override CourseReference Source => Course.UnknownIsRisk;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => IsUncovered(s, deal.DecisionMethod)))
        {
            // An evaluator whose recommendation goes to the top, or who sets the bid criteria, once products
            // are evaluated; and anyone holding hidden power (隐藏的权力) weighs more than an ordinary unknown.
            var recommends = GapContext.Evaluating(deal)
                && (person.Holds(DecisionChainRole.Evaluator) || person.BuyingRoles.Contains(BuyingRole.SetsCriteria))
                && deal.DecisionMethod == DecisionMethod.RecommendThenApprove;
            var hidden = person.HiddenPowers.Count > 0;
            var severity = recommends || hidden ? GapSeverity.High : GapSeverity.Medium;
            yield return Create(severity, GapFlow.PreVisit, person) with
            {
                WhyKey = recommends ? GapContext.WhyRecommend : hidden ? GapContext.WhyHiddenPower : null,
            };
        }
    }

    // Deciders have their own rule; evaluators on a scoring panel too (DM-SCORED-PANEL-EVALUATORS).
    private static bool IsUncovered(Stakeholder person, DecisionMethod method) =>
        person.IsInDecisionChain
        && !person.HasBeenContacted
        && !person.HoldsDecidingRole
        && person.Department != Department.DecisionLayer
        && !(method == DecisionMethod.ScoredPanel && person.Holds(DecisionChainRole.Evaluator));
}
