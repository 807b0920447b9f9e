namespace SalesCoachBot.Protocol.Tests.Telemetry;

/// <summary>
/// These tests listen to the bot's process-wide source and meter: they run alone, so the other
/// tests' connector calls do not land in their counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "Telemetry";
}
