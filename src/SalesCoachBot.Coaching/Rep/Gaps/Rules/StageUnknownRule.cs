using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>The buying-journey stage is not judged, so neither is the core work the rep owes it.</summary>
internal sealed class StageUnknownRule : GapRule
{
    public override string Id => "ST-STAGE-UNKNOWN";

    public override int Rank => 30;

    public override CourseReference Source => Course.BuyingJourneyStages;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.Stage == BuyingJourneyStage.Unknown)
        {
            yield return Create(GapSeverity.Medium, GapFlow.StageCheck);
        }
    }
}
