using System.Globalization;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>A finding in the reader's language.</summary>
internal static class StallReasonText
{
    public static string Describe(StallFinding finding, CultureInfo culture) => finding.Reason switch
    {
        StallReason.CriticalGapOpen => NudgeText.Format("Reason.CriticalGapOpen", culture, finding.Days, finding.Gap?.GetMessage(culture)),
        _ => NudgeText.Format($"Reason.{finding.Reason}", culture, finding.Days),
    };
}
