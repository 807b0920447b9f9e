using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// Once products are evaluated, a department on the map that nobody has talked to. The keyboard meeting
/// (《大客户销售计划》二步): each department cared about something different, and the one the rep never
/// worked on sank the sale. The finance type (财务型) counts as a department of its own. The decision layer
/// has its own rule (DC-DECISION-LAYER-NOT-MET).
/// </summary>
internal sealed class DepartmentUntouchedRule : GapRule
{
    public override string Id => "DC-DEPARTMENT-UNTOUCHED";

    public override int Rank => 67;

    public override CourseReference Source => Course.OrganisationStructure;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (!GapContext.Evaluating(deal))
        {
            yield break;
        }

        foreach (var department in Enum.GetValues<Department>().Where(d => d != Department.DecisionLayer))
        {
            var people = deal.Stakeholders.Where(s => s.Department == department).ToList();
            if (people.Count > 0 && !people.Any(s => s.HasBeenContacted))
            {
                yield return Create(GapSeverity.High, GapFlow.PreVisit) with { MessageKey = $"Gap.{Id}.Message.{department}" };
            }
        }

        var finance = deal.Stakeholders.Where(s => s.FunctionalTypes.Contains(FunctionalType.Finance)).ToList();
        if (finance.Count > 0 && !finance.Any(s => s.HasBeenContacted))
        {
            yield return Create(GapSeverity.High, GapFlow.PreVisit) with { MessageKey = $"Gap.{Id}.Message.Finance" };
        }
    }
}
