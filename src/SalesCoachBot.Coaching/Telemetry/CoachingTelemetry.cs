using System.Diagnostics;
using System.Diagnostics.Metrics;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Protocol.Telemetry;

namespace SalesCoachBot.Coaching.Telemetry;

/// <summary>
/// The product's own counters, on the bot's meter (<see cref="BotTelemetry.Meter"/>, names in
/// <see cref="BotTelemetry"/>): what the user typed that the bot did not understand, and what became
/// of each proactive send. Nothing is recorded while no meter listener wants them.
/// </summary>
internal static class CoachingTelemetry
{
    private static readonly Counter<long> UnmatchedInput = BotTelemetry.Meter.CreateCounter<long>(
        BotTelemetry.UnmatchedInputMetric, unit: "{message}", description: "Messages the bot did not understand");

    private static readonly Counter<long> ProactiveSends = BotTelemetry.Meter.CreateCounter<long>(
        BotTelemetry.ProactiveSendsMetric, unit: "{message}", description: "Proactive send attempts, by outcome");

    /// <summary>The user's text matched no command and no flow was waiting for it.</summary>
    public static void RecordUnmatchedInput(string? channelId)
    {
        if (UnmatchedInput.Enabled)
        {
            UnmatchedInput.Add(1, new KeyValuePair<string, object?>(BotTelemetry.ChannelIdTag, channelId));
        }
    }

    /// <summary>One outbox message attempted, ending in <paramref name="state"/>.</summary>
    public static void RecordProactiveSend(OutboxState state)
    {
        if (ProactiveSends.Enabled)
        {
            ProactiveSends.Add(1, new TagList { { BotTelemetry.ProactiveOutcomeTag, OutcomeName(state) } });
        }
    }

    private static string OutcomeName(OutboxState state) => state switch
    {
        OutboxState.Sent => "sent",
        OutboxState.Throttled => "throttled",
        OutboxState.Failed => "failed",
        // Pending again: a transient failure, tried later.
        _ => "retry",
    };
}
