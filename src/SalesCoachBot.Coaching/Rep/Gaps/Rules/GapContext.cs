using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// What the rules ask about a deal's moment: its stage and decision method, and whether the rep has
/// reached anyone who decides. The <c>Why*</c> keys are the lines that tell the rep why a gap weighs
/// more now (resources <c>Gap.Why.*</c>).
/// </summary>
internal static class GapContext
{
    public const string WhyAtDecision = "Gap.Why.AtDecision";
    public const string WhyApproverAtDecision = "Gap.Why.ApproverAtDecision";
    public const string WhyScoredPanel = "Gap.Why.ScoredPanel";
    public const string WhyRecommend = "Gap.Why.Recommend";
    public const string WhyNeverReachedDecider = "Gap.Why.NeverReachedDecider";
    public const string WhyMethodLate = "Gap.Why.MethodLate";
    public const string WhyHiddenPower = "Gap.Why.HiddenPower";
    public const string WhyLateStage = "Gap.Why.LateStage";

    /// <summary>Contact older than this many days counts as stale (ours, like the 30 days of re-assessment).</summary>
    public const int StaleContactDays = 30;

    public static bool AtDecision(Deal deal) => deal.Stage == BuyingJourneyStage.PurchaseDecision;

    /// <summary>From 评估产品 on: suppliers are being compared, so every evaluator's view counts.</summary>
    public static bool Evaluating(Deal deal) => deal.Stage >= BuyingJourneyStage.EvaluatingProducts;

    /// <summary>From 内部立项 on: the customer is moving, and a rep still among the base staff falls behind.</summary>
    public static bool PastExploring(Deal deal) => deal.Stage >= BuyingJourneyStage.InternalApproval;

    /// <summary>
    /// A person who holds a deciding role, or sits in the decision layer. Procurement marked as deciding
    /// does not count: 采购部门通常没有决定选择哪一家的权力 (DC-PROCUREMENT-AS-DECIDER says so).
    /// </summary>
    public static bool IsDecider(Stakeholder person) =>
        person.Department == Department.DecisionLayer || (person.HoldsDecidingRole && person.Department != Department.Procurement);

    /// <summary>The rep has met people, but no one who decides (一直在客户基层人员里“打转转”).</summary>
    public static bool NeverReachedDecider(Deal deal)
    {
        var contacted = deal.Stakeholders.Where(s => s.HasBeenContacted).ToList();
        return contacted.Count > 0 && !contacted.Any(IsDecider);
    }

    /// <summary>Under these methods the evaluators' view reaches the decision: scored, or recommended to the top.</summary>
    public static string? EvaluatorsWhy(Deal deal) => deal.DecisionMethod switch
    {
        DecisionMethod.ScoredPanel => WhyScoredPanel,
        DecisionMethod.RecommendThenApprove => WhyRecommend,
        _ => null,
    };

    public static bool IsStale(Stakeholder person, DateOnly today) =>
        person.LastContactOn is { } last && today.DayNumber - last.DayNumber > StaleContactDays;
}
