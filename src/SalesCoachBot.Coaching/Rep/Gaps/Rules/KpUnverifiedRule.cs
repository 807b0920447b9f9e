using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A chosen KP whose verification confidence is below the verified threshold.</summary>
internal sealed class KpUnverifiedRule : GapRule
{
    public override string Id => "KP-UNVERIFIED";

    public override int Rank => 64;

    public override CourseReference Source => Course.WhoIsKeyPerson;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        // A self-asserted or guessed KP already has the sharper gap; a second one would only repeat it.
        if (deal.KeyPerson is { } kp && !KpCheck.RestsOnOwnWord(deal) && !KpCheck.IsGuessed(deal) && KpCheck.Score(deal) is { IsVerified: false } result)
        {
            yield return Create(GapSeverity.High, GapFlow.KpCheck, kp) with { DetailKeys = result.KeyReasons() };
        }
    }
}
