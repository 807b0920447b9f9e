using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>The KP was picked on a guess (KP靠猜，缺乏情报意识): as grave as a KP on his own word.</summary>
internal sealed class KpGuessedRule : GapRule
{
    public override string Id => "KP-GUESSED";

    public override int Rank => 91;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.WrongKeyPerson;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.KeyPerson is { } kp && KpCheck.IsGuessed(deal))
        {
            yield return Create(GapSeverity.Critical, GapFlow.KpCheck, kp);
        }
    }
}
