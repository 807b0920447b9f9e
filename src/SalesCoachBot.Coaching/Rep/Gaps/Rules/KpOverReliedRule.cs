using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// 错用KP 3、过高期待: the rep expects the KP to carry the deal. The KP may be the right one; leaning on
/// him alone is the mistake, so it is a gap of its own rather than a cap on the KP's confidence.
/// </summary>
internal sealed class KpOverReliedRule : GapRule
{
    public override string Id => "KP-OVER-RELIED";

    public override int Rank => 59;

    public override CourseReference Source => Course.MisusedKeyPerson;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.KeyPerson is { } kp && KpCheck.Answer(deal, KeyPersonQuestions.Expectations) == "No")
        {
            yield return Create(GapContext.PastExploring(deal) ? GapSeverity.High : GapSeverity.Medium, GapFlow.KpCheck, kp);
        }
    }
}
