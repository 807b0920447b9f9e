namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>Why a deal counts as stalled, most urgent first.</summary>
public enum StallReason
{
    CriticalGapOpen,
    ClosePassed,
    StageStuck,
    Idle,
}
