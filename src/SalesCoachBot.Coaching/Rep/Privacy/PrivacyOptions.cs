using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>The <c>Privacy</c> section: how long closed deals are kept, and how often the purge looks.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Days a won or lost deal is kept after it was closed; then it is deleted with its people.</summary>
    [Range(1, 36500)]
    public int ClosedDealRetentionDays { get; set; } = 365;

    /// <summary>Whether the host runs the retention purge (off only for an instance that should not delete, e.g. a read replica's).</summary>
    public bool PurgeEnabled { get; set; } = true;

    /// <summary>How often the retention purge runs.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Most deals deleted in one commit; the purge goes on until none is due.</summary>
    [Range(1, 10000)]
    public int PurgeBatchSize { get; set; } = 200;
}
