using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>The <c>Proactive</c> section: schedule defaults, Teams' rate limits and the outbox's patience.</summary>
public sealed class ProactiveOptions
{
    public const string SectionName = "Proactive";

    /// <summary>False stops the schedule and delivery workers (tests drive them by hand; a read-only instance).</summary>
    public bool WorkersEnabled { get; set; } = true;

    /// <summary>How often the schedule looks for who is due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the outbox is swept when nobody wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Teams allows a bot about 50 requests per second per tenant, all conversations together.</summary>
    [Range(1, 1000)]
    public double TenantMessagesPerSecond { get; set; } = 50;

    /// <summary>Teams allows a bot 7 messages per second in one conversation (and fewer over longer windows).</summary>
    [Range(0.01, 100)]
    public double ConversationMessagesPerSecond { get; set; } = 7;

    /// <summary>
    /// How much later than the ones after it a request may reach Teams (a busy machine, a new
    /// connection): the pacer spaces starts so that even then no second holds more than the limits
    /// allow (<see cref="ProactivePacer"/>). Zero paces right up to the limits on a perfect network.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan ArrivalJitter { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Attempts (each one paced request, the connector's own retries are off for the outbox) before a
    /// message that keeps failing is given up (failed-permanent).
    /// </summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first transient failure; doubled after each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a worker holds a message it is sending; after that another worker may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 10000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How many recipients of a batch are sent to at once, each in its own unit of work (one recipient's
    /// messages still go in order). The shared send budget keeps the total under Teams' limits.
    /// </summary>
    [Range(1, 64)]
    public int ParallelSends { get; set; } = 8;
}
