namespace SalesCoachBot.Web.Tests.Hosting;

/// <summary>
/// The telemetry tests listen to the bot's process-wide source and meter: they run alone, so no
/// other test's turns land in their counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "Telemetry";
}
