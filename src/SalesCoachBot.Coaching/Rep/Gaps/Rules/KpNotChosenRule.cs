using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>No key person chosen (不找KP): covering everyone equally or only people we know.</summary>
internal sealed class KpNotChosenRule : GapRule
{
    public override string Id => "KP-NOT-CHOSEN";

    public override int Rank => 66;

    public override CourseReference Source => Course.WhoIsKeyPerson;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.KeyPerson is null)
        {
            yield return Create(GapSeverity.High, GapFlow.KpCheck);
        }
    }
}
