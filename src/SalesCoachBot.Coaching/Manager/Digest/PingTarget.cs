using SalesCoachBot.Coaching.Rep.Gaps;


namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>Which of the rep's commands closes a finding (the command names of the rep's flows).</summary>
internal static class PingTarget
{
    public static string CommandFor(StallFinding finding) => finding.Reason switch
    {
        StallReason.CriticalGapOpen => finding.Gap?.Flow switch
        {
            GapFlow.StageCheck => "stage",
            GapFlow.PreVisit => "prep",
            GapFlow.Debrief => "debrief",
            GapFlow.DealDetails => "gaps",
            _ => "people",
        },
        StallReason.StageStuck or StallReason.ClosePassed => "stage",
        _ => "prep",
    };
}
