using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>No coach (教练) inside the customer.</summary>
internal sealed class NoCoachRule : GapRule
{
    public override string Id => "CO-NO-COACH";

    public override int Rank => 52;

    public override CourseReference Source => Course.Coach;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (!deal.Coaches.Any())
        {
            yield return Create(GapSeverity.High, GapFlow.CoachCheck);
        }
    }
}
