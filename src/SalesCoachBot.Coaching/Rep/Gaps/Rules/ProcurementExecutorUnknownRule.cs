using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Near the decision nobody is known to run the purchase (采购执行者): contracts and tendering will surprise us.</summary>
internal sealed class ProcurementExecutorUnknownRule : GapRule
{
    /// <summary>In evaluation, a close date at most this many days away counts as near the decision.</summary>
    internal const int NearCloseDays = 60;

    public override string Id => "DC-PROCUREMENT-UNKNOWN";

    public override int Rank => 32;

    public override CourseReference Source => Course.DecisionChainRoles;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (IsNearDecision(deal, today) && !deal.Holding(DecisionChainRole.ProcurementExecutor).Any())
        {
            yield return Create(GapSeverity.Medium, GapFlow.Stakeholders, role: DecisionChainRole.ProcurementExecutor);
        }
    }

    private static bool IsNearDecision(Deal deal, DateOnly today) =>
        deal.Stage == BuyingJourneyStage.PurchaseDecision
        || (deal.Stage == BuyingJourneyStage.EvaluatingProducts
            && deal.ExpectedCloseOn is { } close
            && close.DayNumber - today.DayNumber <= NearCloseDays);
}
