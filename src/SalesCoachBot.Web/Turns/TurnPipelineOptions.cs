using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Web.Turns;

/// <summary>Settings of the turn pipeline (configuration section <c>Turns</c>).</summary>
internal sealed class TurnPipelineOptions
{
    public const string SectionName = "Turns";

    /// <summary>Turns slower than this are logged; Teams gives up on a request after 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan SlowTurnThreshold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an activity id is remembered; Teams redelivers within a minute or so.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At most this many ids are remembered; the oldest are forgotten first, so memory stays bounded.</summary>
    [Range(1, 10_000_000)]
    public int DeduplicationCapacity { get; set; } = 100_000;
}
