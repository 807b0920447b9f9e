namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>How a closed deal ended. A deal with no outcome is still open.</summary>
public enum DealOutcome
{
    Won = 1,
    Lost = 2,
}
