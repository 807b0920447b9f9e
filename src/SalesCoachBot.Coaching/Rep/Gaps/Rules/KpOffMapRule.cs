using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// The KP checked against the power map (判断关键人依据): a KP who holds no role that weighs in the choice,
/// one whose "basic conditions: yes" the map contradicts, or one in his boss's outer circle (外圈), whose
/// word does not reach the top.
/// </summary>
internal sealed class KpOffMapRule : GapRule
{
    public override string Id => "KP-OFF-MAP";

    public override int Rank => 63;

    public override CourseReference Source => Course.KpBasis;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.KeyPerson is not { } kp || !kp.IsInDecisionChain && kp.Department is null)
        {
            // A KP with nothing on the map yet: the map is what is missing, not the KP's weight.
            yield break;
        }

        var weighs = kp.HoldsDecidingRole
            || kp.Department == Department.DecisionLayer
            || (kp.Holds(DecisionChainRole.Evaluator) && deal.DecisionMethod != DecisionMethod.TopDecides);
        if (!weighs)
        {
            var variant = KpCheck.Answer(deal, KeyPersonQuestions.BasicConditions) == "Yes" ? "Basic" : "NoRole";
            yield return Create(GapSeverity.High, GapFlow.KpCheck, kp) with { MessageKey = $"Gap.{Id}.Message.{variant}" };
        }
        else if (kp.Circle == RelationshipCircle.Outer && !kp.HoldsDecidingRole)
        {
            yield return Create(GapSeverity.Medium, GapFlow.KpCheck, kp) with { MessageKey = $"Gap.{Id}.Message.Outer" };
        }
    }
}
