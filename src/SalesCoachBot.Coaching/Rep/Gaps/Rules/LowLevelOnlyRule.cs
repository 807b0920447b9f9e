using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>We are in touch with people, but none of them decides or sits in the decision layer (在客户基层人员里打转转).</summary>
internal sealed class LowLevelOnlyRule : GapRule
{
    public override string Id => "DC-LOW-LEVEL-ONLY";

    public override int Rank => 88;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.CirclingBasicStaff;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (GapContext.NeverReachedDecider(deal))
        {
            // Once the customer is approving, evaluating or deciding, circling the base staff loses the deal.
            var severity = GapContext.PastExploring(deal) ? GapSeverity.Critical : GapSeverity.High;
            yield return Create(severity, GapFlow.Stakeholders) with { WhyKey = GapContext.PastExploring(deal) ? GapContext.WhyLateStage : null };
        }
    }
}
