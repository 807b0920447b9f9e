using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Protocol.Connector;

/// <summary>
/// Where the connector may send the bot's token, and how hard it tries. Bound from the
/// <c>BotConnector</c> configuration section.
/// </summary>
public sealed class BotConnectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BotConnector";

    /// <summary>
    /// Hosts trusted in addition to the public-cloud Teams and Bot Framework hosts, e.g.
    /// <c>smba.infra.gov.teams.microsoft.us</c> for GCC High. A leading <c>*.</c> trusts subdomains.
    /// They must be reached over HTTPS, except loopback hosts (a stand-in connector).
    /// </summary>
    public IList<string> AdditionalTrustedHosts { get; } = [];

    /// <summary>Retries after the first attempt, for throttling, transient statuses and network errors.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest <c>Retry-After</c> the pipeline waits out itself; a longer one ends the call as
    /// <see cref="ConnectorOutcome.Throttled"/> so that the caller re-queues instead of holding a turn.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a call may take with all its retries and waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The share of failed calls to one service URL host that opens its circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>How many calls a sampling window needs before the circuit may open.</summary>
    [Range(2, 10_000)]
    public int CircuitMinimumThroughput { get; set; } = 20;

    /// <summary>The window over which failures are counted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before letting one through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
