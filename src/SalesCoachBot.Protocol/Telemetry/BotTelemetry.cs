using System.Diagnostics;
using System.Diagnostics.Metrics;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Protocol.Telemetry;

/// <summary>
/// The bot's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both
/// named <see cref="SourceName"/>, and every span, metric and tag name in one place.
/// </summary>
/// <remarks>
/// Span, metric and tag names follow the Microsoft 365 Agents SDK for .NET (its
/// <c>Microsoft.Agents.Builder</c> and <c>Microsoft.Agents.Connector</c> telemetry constants:
/// <c>agents.app.run</c>, <c>agents.connector.send_to_conversation</c>, <c>agents.turn.duration</c>,
/// <c>agents.connector.request.duration</c>, <c>activity.type</c>, <c>http.status_code</c>…), so a
/// dashboard built for an Agents SDK bot reads this one too. What the SDK has no name for (the
/// recognised command, the turn's outcome, outbound failures by kind, unmatched input, proactive
/// sends) is under <c>salescoach.</c>. Nothing is built when nobody listens: every call checks
/// <see cref="ActivitySource.HasListeners"/> or the instrument's <c>Enabled</c> first.
/// </remarks>
public static class BotTelemetry
{
    /// <summary>The name of the bot's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string SourceName = "SalesCoachBot";

    /// <summary>The span of one inbound activity's turn (the Agents SDK's application run).</summary>
    public const string TurnSpan = "agents.app.run";

    /// <summary>Turn duration in milliseconds, a histogram.</summary>
    public const string TurnDurationMetric = "agents.turn.duration";

    /// <summary>Connector call duration in milliseconds (after the pipeline's retries), a histogram.</summary>
    public const string ConnectorDurationMetric = "agents.connector.request.duration";

    /// <summary>Connector calls that did not deliver, by <see cref="FailureKindTag"/>, a counter.</summary>
    public const string OutboundFailuresMetric = "salescoach.connector.failures";

    /// <summary>Messages the bot did not understand (answered with "didn't catch that"), a counter.</summary>
    public const string UnmatchedInputMetric = "salescoach.input.unmatched";

    /// <summary>Proactive send attempts by <see cref="ProactiveOutcomeTag"/>, a counter.</summary>
    public const string ProactiveSendsMetric = "salescoach.proactive.sends";

    /// <summary>The inbound activity's type (message, invoke, conversationUpdate…).</summary>
    public const string ActivityTypeTag = "activity.type";

    /// <summary>The inbound activity's name (an invoke's, e.g. <c>adaptiveCard/action</c>).</summary>
    public const string ActivityNameTag = "activity.name";

    /// <summary>The channel (msteams…).</summary>
    public const string ChannelIdTag = "activity.channel_id";

    /// <summary>The conversation id (spans only: unbounded).</summary>
    public const string ConversationIdTag = "activity.conversation.id";

    /// <summary>The activity id (spans only: unbounded).</summary>
    public const string ActivityIdTag = "activity.id";

    /// <summary>The connector operation (send_to_conversation, reply_to_activity, update_activity…).</summary>
    public const string OperationTag = "operation";

    /// <summary>The last HTTP status of a connector call.</summary>
    public const string HttpStatusCodeTag = "http.status_code";

    /// <summary>The command the turn was recognised as (deals, prep, gaps…), when it was one.</summary>
    public const string CommandTag = "salescoach.command";

    /// <summary>What became of a turn: one of the <c>Outcome*</c> values.</summary>
    public const string TurnOutcomeTag = "salescoach.turn.outcome";

    /// <summary>What became of a connector call: its <see cref="ConnectorOutcome"/>, in snake case.</summary>
    public const string ConnectorOutcomeTag = "salescoach.connector.outcome";

    /// <summary>Why a connector call did not deliver: one of the <c>Failure*</c> values.</summary>
    public const string FailureKindTag = "salescoach.failure.kind";

    /// <summary>What became of a proactive send: sent, throttled, retry, failed.</summary>
    public const string ProactiveOutcomeTag = "salescoach.proactive.outcome";

    /// <summary>The turn ran to its end.</summary>
    public const string OutcomeOk = "ok";

    /// <summary>The handler threw; the user got an apology.</summary>
    public const string OutcomeFailed = "failed";

    /// <summary>A redelivered activity, acknowledged without running.</summary>
    public const string OutcomeRedelivery = "redelivery";

    /// <summary>Not served: a group chat, a channel, another channel or tenant.</summary>
    public const string OutcomeRefused = "refused";

    /// <summary>The request was cancelled (the caller went away or the host stops).</summary>
    public const string OutcomeCancelled = "cancelled";

    /// <summary>429 after the pipeline's retries.</summary>
    public const string FailureThrottled = "throttled";

    /// <summary>404 or 403: the conversation is gone, or the user blocked or removed the bot.</summary>
    public const string FailureGone = "gone";

    /// <summary>413: over the channel's size limit.</summary>
    public const string FailureTooBig = "too_big";

    /// <summary>Anything else: other statuses, time-outs, network errors, an untrusted service URL.</summary>
    public const string FailureOther = "other";

    internal const string OperationSendToConversation = "send_to_conversation";
    internal const string OperationReplyToActivity = "reply_to_activity";
    internal const string OperationUpdateActivity = "update_activity";
    internal const string OperationDeleteActivity = "delete_activity";
    internal const string OperationCreateConversation = "create_conversation";
    internal const string OperationGetConversationMember = "get_conversation_member";

    private const string ConnectorSpanPrefix = "agents.connector.";

    /// <summary>The bot's spans.</summary>
    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The bot's metrics; other projects create their instruments on it.</summary>
    public static Meter Meter { get; } = new(SourceName);

    internal static Histogram<double> TurnDuration { get; } =
        Meter.CreateHistogram<double>(TurnDurationMetric, unit: "ms", description: "Duration of processing a turn in milliseconds");

    internal static Histogram<double> ConnectorDuration { get; } =
        Meter.CreateHistogram<double>(ConnectorDurationMetric, unit: "ms", description: "Duration of connector requests in milliseconds");

    internal static Counter<long> OutboundFailures { get; } =
        Meter.CreateCounter<long>(OutboundFailuresMetric, unit: "{request}", description: "Connector requests that did not deliver, by kind");

    /// <summary>The failure kind of a connector outcome, or null when it was delivered.</summary>
    public static string? FailureKind(ConnectorOutcome outcome) => outcome switch
    {
        ConnectorOutcome.Sent => null,
        ConnectorOutcome.Throttled => FailureThrottled,
        ConnectorOutcome.ConversationGone or ConnectorOutcome.Blocked => FailureGone,
        ConnectorOutcome.TooLarge => FailureTooBig,
        _ => FailureOther,
    };

    /// <summary>Starts a connector call's span (null when nobody listens).</summary>
    internal static Activity? StartConnectorCall(string operation, string? conversationId)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var span = Source.StartActivity(ConnectorSpanPrefix + operation, ActivityKind.Client);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(OperationTag, operation);
            span.SetTag(ConversationIdTag, conversationId);
        }

        return span;
    }

    /// <summary>Tags the span with the call's result and counts it: its duration, and a failure by kind.</summary>
    internal static void RecordConnectorResult(Activity? span, string operation, ConnectorResult result, TimeSpan elapsed)
    {
        var outcome = OutcomeName(result.Outcome);
        var kind = FailureKind(result.Outcome);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(ConnectorOutcomeTag, outcome);
            span.SetTag(HttpStatusCodeTag, result.StatusCode);
            if (kind is not null)
            {
                span.SetTag(FailureKindTag, kind);
                span.SetStatus(ActivityStatusCode.Error, result.Error);
            }
        }

        if (ConnectorDuration.Enabled)
        {
            ConnectorDuration.Record(elapsed.TotalMilliseconds, new TagList
            {
                { OperationTag, operation },
                { ConnectorOutcomeTag, outcome },
            });
        }

        if (kind is not null && OutboundFailures.Enabled)
        {
            OutboundFailures.Add(1, new TagList
            {
                { OperationTag, operation },
                { FailureKindTag, kind },
            });
        }
    }

    /// <summary>Marks a connector call's span failed by an exception that left the client (a cancellation).</summary>
    internal static void RecordConnectorException(Activity? span, Exception exception)
    {
        if (span is { IsAllDataRequested: true })
        {
            span.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        }
    }

    private static string OutcomeName(ConnectorOutcome outcome) => outcome switch
    {
        ConnectorOutcome.Sent => "sent",
        ConnectorOutcome.Throttled => "throttled",
        ConnectorOutcome.ConversationGone => "conversation_gone",
        ConnectorOutcome.Blocked => "blocked",
        ConnectorOutcome.TooLarge => "too_large",
        ConnectorOutcome.Untrusted => "untrusted",
        _ => "failed",
    };
}
