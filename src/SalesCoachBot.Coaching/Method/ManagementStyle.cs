namespace SalesCoachBot.Coaching.Method;

/// <summary>Decision-layer management styles (预测决策层管理风格), seed 000 part 1 ch. 4.</summary>
public enum ManagementStyle
{
    Telling,
    Selling,
    Participating,
    Delegating,
}
