namespace SalesCoachBot.Coaching.Method;

/// <summary>The four customer departments the course profiles (客户内部不同角色), seed 000 part 1.</summary>
public enum Department
{
    DecisionLayer,
    Procurement,
    Technical,
    UserDepartment,
}
