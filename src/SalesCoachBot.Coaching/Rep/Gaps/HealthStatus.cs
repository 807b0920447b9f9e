namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>Traffic-light health of a deal.</summary>
public enum HealthStatus
{
    Red,
    Amber,
    Green,
}
