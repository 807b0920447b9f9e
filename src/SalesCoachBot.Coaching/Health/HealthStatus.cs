namespace SalesCoachBot.Coaching.Health;

/// <summary>Traffic-light health of a deal.</summary>
public enum HealthStatus
{
    Red,
    Amber,
    Green,
}
