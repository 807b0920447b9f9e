using SalesCoachBot.Coaching.Deals;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Gaps.Rules;

/// <summary>No coach (教练) inside the customer.</summary>
internal sealed class NoCoachRule : GapRule
{
    public override string Id => "CO-NO-COACH";

    public override CourseReference Source => Course.Coach;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (!deal.Coaches.Any())
        {
            yield return Create(GapSeverity.High, GapFlow.CoachCheck);
        }
    }
}
