namespace SalesCoachBot.Coaching.Method;

/// <summary>The five decision-chain roles (客户决策链5种角色), seed 004 unit 3. One person may hold several.</summary>
public enum DecisionChainRole
{
    Approver,
    DecisionMaker,
    Evaluator,
    Influencer,
    ProcurementExecutor,
}
