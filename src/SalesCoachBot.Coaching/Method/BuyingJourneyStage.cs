namespace SalesCoachBot.Coaching.Method;

/// <summary>The five stages of the customer's buying journey (客户采购旅程), seed 004 unit 2, in order.</summary>
public enum BuyingJourneyStage
{
    Unknown = 0,
    HasProblem = 1,
    Exploring = 2,
    InternalApproval = 3,
    EvaluatingProducts = 4,
    PurchaseDecision = 5,
}
