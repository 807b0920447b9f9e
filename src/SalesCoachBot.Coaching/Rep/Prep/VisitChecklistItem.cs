namespace SalesCoachBot.Coaching.Rep.Prep;

/// <summary>The preparation an important visit needs (重要拜访前的准备工作), seed 004 unit 5.</summary>
public enum VisitChecklistItem
{
    NeedsPreset,
    VisitPurpose,
    CompetitorPreset,
    OurDifference,
    GuidancePath,
    CommitmentToAsk,
}
