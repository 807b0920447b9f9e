namespace SalesCoachBot.Coaching.Method;

/// <summary>The nine buying roles (购买角色分析), seed 000 part 2 ch. 2.</summary>
public enum BuyingRole
{
    Decides,
    Pays,
    Purchases,
    Uses,
    Benefits,
    SetsCriteria,
    Promotes,
    Stimulates,
    Sabotages,
}
