using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// A 破坏的人, or someone outside the deciding roles who opposes us, with no upcoming visit planned for
/// him: 有的人成事不足，败事有余 — 忽略即是威胁. (An opposing decider has DC-DECIDER-OPPOSES.)
/// </summary>
internal sealed class SaboteurNoPlanRule : GapRule
{
    public override string Id => "DC-SABOTEUR-NO-PLAN";

    public override int Rank => 68;

    public override CourseReference Source => Course.BuyingRoles;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => IsAgainstUs(s, deal.DecisionMethod) && !HasPlan(deal, s, today)))
        {
            yield return Create(GapSeverity.High, GapFlow.PreVisit, person);
        }
    }

    private static bool IsAgainstUs(Stakeholder person, DecisionMethod method) =>
        person.BuyingRoles.Contains(BuyingRole.Sabotages)
        || (person.CurrentSupport?.Level == SupportLevel.Opposes
            && !person.HoldsDecidingRole
            && !(method == DecisionMethod.ScoredPanel && person.Holds(DecisionChainRole.Evaluator)));

    private static bool HasPlan(Deal deal, Stakeholder person, DateOnly today) =>
        deal.Visits.Any(v => !v.Held && v.Date >= today && v.StakeholderIds.Contains(person.Id));
}
