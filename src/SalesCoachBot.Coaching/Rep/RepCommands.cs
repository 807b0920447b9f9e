using SalesCoachBot.Coaching.Rep.Gaps;


namespace SalesCoachBot.Coaching.Rep;

/// <summary>The rep's commands by name, and which one closes each kind of gap.</summary>
internal static class RepCommands
{
    public const string Deals = "deals";
    public const string Prep = "prep";
    public const string People = "people";
    public const string Kp = "kp";
    public const string Coach = "coach";
    public const string Stage = "stage";
    public const string Debrief = "debrief";
    public const string Gaps = "gaps";

    public static string For(GapFlow flow) => flow switch
    {
        GapFlow.Stakeholders or GapFlow.SupportReview => People,
        GapFlow.KpCheck => Kp,
        GapFlow.CoachCheck => Coach,
        GapFlow.StageCheck => Stage,
        GapFlow.DealDetails => Deals,
        GapFlow.PreVisit => Prep,
        GapFlow.Debrief => Debrief,
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "No command closes this gap."),
    };
}
