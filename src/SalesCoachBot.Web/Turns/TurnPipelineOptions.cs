using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Web.Turns;

/// <summary>Settings of the turn pipeline (configuration section <c>Turns</c>).</summary>
internal sealed class TurnPipelineOptions
{
    public const string SectionName = "Turns";

    /// <summary>Turns slower than this are logged; Teams gives up on a request after 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan SlowTurnThreshold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a redelivered invoke waits for the first delivery's answer while that is still
    /// running; past it the redelivery is answered 503 with <c>Retry-After</c>, so the channel asks again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:14")]
    public TimeSpan RedeliveryAnswerWait { get; set; } = TimeSpan.FromSeconds(5);
}
