using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>The <c>Nudges</c> section: when a deal counts as stalled, and when managers hear about it.</summary>
public sealed class NudgeOptions
{
    public const string SectionName = "Nudges";

    /// <summary>No update for this many days.</summary>
    [Range(1, 365)]
    public int IdleDays { get; set; } = 7;

    /// <summary>The stage unchanged for this many days.</summary>
    [Range(1, 365)]
    public int StageStuckDays { get; set; } = 21;

    /// <summary>A critical decision-chain gap open for this many days.</summary>
    [Range(0, 365)]
    public int CriticalGapDays { get; set; } = 3;

    /// <summary>The managers' local time for the daily digest.</summary>
    public TimeOnly DigestTime { get; set; } = new(9, 0);

    /// <summary>
    /// The managers' local working days, on which the digest goes out; Monday to Friday when not set
    /// (e.g. <c>Nudges:DigestDays:0=Sunday</c> … <c>4=Thursday</c> where the week starts on Sunday).
    /// </summary>
    public HashSet<DayOfWeek>? DigestDays { get; set; }

    [Range(1, 90)]
    public int SnoozeDays { get; set; } = 7;

    /// <summary>Deals on one card; the rest are counted, so the card stays well under Teams' 28 KB.</summary>
    [Range(1, 30)]
    public int MaxDealsPerCard { get; set; } = 10;

    /// <summary>Reasons shown per deal.</summary>
    [Range(1, 10)]
    public int MaxReasonsPerDeal { get; set; } = 3;
}
