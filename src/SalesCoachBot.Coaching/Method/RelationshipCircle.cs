namespace SalesCoachBot.Coaching.Method;

/// <summary>Boss–subordinate circles (上下级圈子文化), seed 000 part 2 ch. 3 §3.</summary>
public enum RelationshipCircle
{
    Inner,
    Edge,
    Outer,
}
