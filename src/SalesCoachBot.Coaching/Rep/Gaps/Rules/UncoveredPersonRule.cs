using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Someone in the decision chain we have never contacted: 忽略即是威胁 — an ignored person is a threat.</summary>
internal sealed class UncoveredPersonRule : GapRule
{
    public override string Id => "DC-UNCOVERED-PERSON";

    public override CourseReference Source => Course.UnknownIsRisk;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => IsUncovered(s, deal.DecisionMethod)))
        {
            yield return Create(GapSeverity.Medium, GapFlow.PreVisit, person);
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
