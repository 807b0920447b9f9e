namespace SalesCoachBot.Coaching.Method;

/// <summary>The nine sections of the course index (../shared/METHODOLOGY.md), numbered as there.</summary>
public enum MethodologySection
{
    DecisionChain = 1,
    BuyingRolesAndDepartments = 2,
    PowerMap = 3,
    KeyPerson = 4,
    IntelligenceAndCoach = 5,
    BuyingJourney = 6,
    TrustAndRelationships = 7,
    ImportantVisit = 8,
    GapSources = 9,
}
