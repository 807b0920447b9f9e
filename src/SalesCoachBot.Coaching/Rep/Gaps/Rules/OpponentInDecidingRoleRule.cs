using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Someone who opposes us holds a deciding role (决策者, 决策审批者, or an evaluator on a scoring panel).</summary>
internal sealed class OpponentInDecidingRoleRule : GapRule
{
    public override string Id => "DC-DECIDER-OPPOSES";

    public override int Rank => 95;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.DecisionChainRoles;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => s.CurrentSupport?.Level == SupportLevel.Opposes))
        {
            var role = DecidingRoleOf(person, deal.DecisionMethod);
            if (role is not null)
            {
                yield return Create(GapSeverity.Critical, GapFlow.SupportReview, person, role);
            }
        }
    }

    // Under a scoring panel every evaluator's score decides, so an opposing evaluator is as deciding as the decision maker.
    private static DecisionChainRole? DecidingRoleOf(Stakeholder person, DecisionMethod method)
    {
        if (person.Holds(DecisionChainRole.DecisionMaker))
        {
            return DecisionChainRole.DecisionMaker;
        }

        if (person.Holds(DecisionChainRole.Approver))
        {
            return DecisionChainRole.Approver;
        }

        return method == DecisionMethod.ScoredPanel && person.Holds(DecisionChainRole.Evaluator) ? DecisionChainRole.Evaluator : null;
    }
}
