using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>The KP is the KP mostly on his own word: 只有权力不足的人才急于证实自己.</summary>
internal sealed class KpSelfAssertedRule : GapRule
{
    public override string Id => "KP-SELF-ASSERTED";

    public override int Rank => 92;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.WrongKeyPerson;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.KeyPerson is { } kp && KpCheck.RestsOnOwnWord(deal))
        {
            yield return Create(GapSeverity.Critical, GapFlow.KpCheck, kp);
        }
    }
}
