namespace SalesCoachBot.Coaching.Method;

/// <summary>The customer's three decision methods (客户内部3种决策方式), seed 004 unit 3; Unknown until the rep finds out.</summary>
public enum DecisionMethod
{
    Unknown = 0,
    ScoredPanel,
    RecommendThenApprove,
    TopDecides,
}
