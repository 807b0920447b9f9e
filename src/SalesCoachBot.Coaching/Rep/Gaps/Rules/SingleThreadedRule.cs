using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>At most one person contacted: we take one contact's word for the whole customer.</summary>
internal sealed class SingleThreadedRule : GapRule
{
    public override string Id => "DC-SINGLE-THREADED";

    public override int Rank => 60;

    public override CourseReference Source => Course.CustomerAsOneWhole;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.Stakeholders.Count(s => s.HasBeenContacted) <= 1)
        {
            yield return Create(GapSeverity.High, GapFlow.Stakeholders);
        }
    }
}
