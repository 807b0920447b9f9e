using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A chosen KP whose verification confidence is below the verified threshold.</summary>
internal sealed class KpUnverifiedRule : GapRule
{
    public override string Id => "KP-UNVERIFIED";

    public override CourseReference Source => Course.WhoIsKeyPerson;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        // A self-asserted KP already has the sharper gap; a second one would only repeat it.
        if (deal.KeyPerson is { } kp && !KpCheck.RestsOnOwnWord(deal) && !KpCheck.Score(deal).IsVerified)
        {
            yield return Create(GapSeverity.High, GapFlow.KpCheck, kp);
        }
    }
}
