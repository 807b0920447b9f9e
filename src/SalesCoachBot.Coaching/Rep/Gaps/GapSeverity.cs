namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>How urgently a gap must be closed; lower value sorts first.</summary>
public enum GapSeverity
{
    Critical = 0,
    High = 1,
    Medium = 2,
    Low = 3,
}
