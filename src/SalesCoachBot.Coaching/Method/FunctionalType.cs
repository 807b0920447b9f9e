namespace SalesCoachBot.Coaching.Method;

/// <summary>The five functional types (五个职能角色), seed 003; several can sit in one person.</summary>
public enum FunctionalType
{
    Economic,
    Technical,
    User,
    Finance,
    Coach,
}
