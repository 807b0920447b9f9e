using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// Procurement treated as the decider: 采购部门通常没有决定选择哪一家的权力. Fires for a procurement person
/// marked decision maker or 决策的人, and, once products are evaluated, when procurement is all the rep has
/// met (the bearing maker's tender, 《大客户销售计划》一步: technical screening, the project team and the GM decide).
/// </summary>
internal sealed class ProcurementAsDeciderRule : GapRule
{
    public override string Id => "DC-PROCUREMENT-AS-DECIDER";

    public override int Rank => 74;

    public override CourseReference Source => Course.ProcurementCannotChoose;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => s.Department == Department.Procurement
            && (s.Holds(DecisionChainRole.DecisionMaker) || s.BuyingRoles.Contains(BuyingRole.Decides))))
        {
            yield return Create(GapSeverity.High, GapFlow.Stakeholders, person);
        }

        var contacted = deal.Stakeholders.Where(s => s.HasBeenContacted).ToList();
        if (GapContext.Evaluating(deal) && contacted.Count > 0 && contacted.All(s => s.Department == Department.Procurement))
        {
            yield return Create(GapSeverity.High, GapFlow.Stakeholders) with { MessageKey = $"Gap.{Id}.Message.OnlyProcurement" };
        }
    }
}
