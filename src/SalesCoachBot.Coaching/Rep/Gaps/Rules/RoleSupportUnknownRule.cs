using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// A role held only by people whose support we do not know (未知就是风险), for the roles that
/// DC-DECIDER-SUPPORT-UNKNOWN does not cover: evaluator, influencer, procurement executor.
/// </summary>
internal sealed class RoleSupportUnknownRule : GapRule
{
    public override string Id => "DC-ROLE-SUPPORT-UNKNOWN";

    public override int Rank => 36;

    public override CourseReference Source => Course.UnknownIsRisk;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var role in (DecisionChainRole[])[DecisionChainRole.Evaluator, DecisionChainRole.Influencer, DecisionChainRole.ProcurementExecutor])
        {
            var holders = deal.Holding(role).ToList();
            if (holders.Count > 0 && holders.All(s => s.CurrentSupport is null))
            {
                var severity = role == DecisionChainRole.Evaluator && GapContext.Evaluating(deal) && deal.DecisionMethod != DecisionMethod.TopDecides
                    ? GapSeverity.High
                    : GapSeverity.Medium;
                yield return Create(severity, GapFlow.SupportReview, role: role) with { MessageKey = $"Gap.{Id}.Message.{role}" };
            }
        }
    }
}
