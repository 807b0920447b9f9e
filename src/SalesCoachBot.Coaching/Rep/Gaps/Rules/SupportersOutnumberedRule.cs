using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// Among the decision chain, supporters (Supports or Champions) do not outnumber the others. People
/// whose support is unknown count as non-supporters: 未知就是风险.
/// </summary>
internal sealed class SupportersOutnumberedRule : GapRule
{
    public override string Id => "SU-SUPPORTERS-OUTNUMBERED";

    public override int Rank => 56;

    public override CourseReference Source => Course.SupportQuantified;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        var chain = deal.DecisionChain.ToList();
        var supporters = chain.Count(s => s.IsSupporter);
        if (chain.Count > 0 && supporters <= chain.Count - supporters)
        {
            yield return Create(GapContext.Evaluating(deal) ? GapSeverity.High : GapSeverity.Medium, GapFlow.SupportReview, arguments:
            [
                supporters.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (chain.Count - supporters).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]);
        }
    }
}
