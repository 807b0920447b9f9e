using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A deciding role is held only by people whose support we have never judged (未知就是风险).</summary>
internal sealed class DeciderSupportUnknownRule : GapRule
{
    public override string Id => "DC-DECIDER-SUPPORT-UNKNOWN";

    public override int Rank => 78;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.UnknownIsRisk;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var role in (DecisionChainRole[])[DecisionChainRole.DecisionMaker, DecisionChainRole.Approver])
        {
            var holders = deal.Holding(role).ToList();
            if (holders.Count > 0 && holders.All(s => s.CurrentSupport is null))
            {
                var atDecision = GapContext.AtDecision(deal);
                yield return Create(atDecision ? GapSeverity.Critical : GapSeverity.High, GapFlow.SupportReview, role: role) with
                {
                    MessageKey = $"Gap.{Id}.Message.{role}",
                    WhyKey = atDecision ? (role == DecisionChainRole.Approver ? GapContext.WhyApproverAtDecision : GapContext.WhyAtDecision) : null,

                    // One holder: the gap is about him, so it joins his other gaps on one line.
                    StakeholderId = holders.Count == 1 ? holders[0].Id : null,
                };
            }
        }
    }
}
