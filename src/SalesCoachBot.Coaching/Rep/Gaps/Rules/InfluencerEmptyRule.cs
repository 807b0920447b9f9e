using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// Nobody on the map as 决策影响者: influencers have no vote but shape opinions, and the course's
/// 不要忽视每一个人 says an ignored person is a threat. Only once the map has someone on it.
/// </summary>
internal sealed class InfluencerEmptyRule : GapRule
{
    public override string Id => "DC-INFLUENCER-EMPTY";

    public override int Rank => 34;

    public override CourseReference Source => Course.DontIgnoreAnyone;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.DecisionChain.Any() && !deal.Holding(DecisionChainRole.Influencer).Any())
        {
            yield return Create(GapSeverity.Medium, GapFlow.Stakeholders, role: DecisionChainRole.Influencer);
        }
    }
}
