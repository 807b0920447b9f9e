using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Nobody on the map signs off (决策审批者); seed 004 tells of a deal lost to the approver (因决策审批者输单).</summary>
internal sealed class NoApproverRule : GapRule
{
    public override string Id => "DC-NO-APPROVER";

    public override int Rank => 86;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.DecisionChainRoles;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (!deal.Holding(DecisionChainRole.Approver).Any())
        {
            // XAJT (《决策链分析》第三单元) was lost to the approver: at 购买决策 not knowing him is the gravest gap.
            yield return GapContext.AtDecision(deal)
                ? Create(GapSeverity.Critical, GapFlow.Stakeholders, role: DecisionChainRole.Approver) with { WhyKey = GapContext.WhyApproverAtDecision }
                : Create(GapSeverity.High, GapFlow.Stakeholders, role: DecisionChainRole.Approver);
        }
    }
}
