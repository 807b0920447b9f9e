using System.Diagnostics;
using BotActivity = SalesCoachBot.Protocol.Activities.Activity;

namespace SalesCoachBot.Protocol.Telemetry;

/// <summary>
/// The telemetry of one turn: its span (<see cref="BotTelemetry.TurnSpan"/>) and its duration
/// (<see cref="BotTelemetry.TurnDurationMetric"/>), tagged with the activity type, the command and
/// the outcome. The host starts it around the turn; the handler, deeper down, names the command or
/// the refusal through <see cref="Current"/>, so that neither needs the other's types.
/// </summary>
public sealed class TurnTelemetry : IDisposable
{
    private static readonly AsyncLocal<TurnTelemetry?> CurrentTurn = new();

    private readonly Activity? _span;
    private readonly TimeProvider _timeProvider;
    private readonly long _started;
    private readonly string? _activityType;
    private readonly string? _channelId;
    private readonly CancellationToken _cancellationToken;
    private string? _outcome;
    private bool _disposed;

    private TurnTelemetry(Activity? span, BotActivity activity, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _span = span;
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        _activityType = activity.Type;
        _channelId = activity.ChannelId;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The turn running on this call path, if it is being observed.</summary>
    public static TurnTelemetry? Current => CurrentTurn.Value;

    /// <summary>The command the handler recognised, if any.</summary>
    public string? Command { get; private set; }

    /// <summary>
    /// Starts observing a turn; null (nothing allocated, nothing recorded) when no listener wants
    /// the bot's spans and no meter listener wants the turn duration.
    /// </summary>
    public static TurnTelemetry? Start(BotActivity activity, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!BotTelemetry.Source.HasListeners() && !BotTelemetry.TurnDuration.Enabled)
        {
            return null;
        }

        var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnSpan, ActivityKind.Internal);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(BotTelemetry.ActivityTypeTag, activity.Type);
            span.SetTag(BotTelemetry.ActivityNameTag, activity.Name);
            span.SetTag(BotTelemetry.ChannelIdTag, activity.ChannelId);
            span.SetTag(BotTelemetry.ConversationIdTag, activity.Conversation?.Id);
            span.SetTag(BotTelemetry.ActivityIdTag, activity.Id);
        }

        var turn = new TurnTelemetry(span, activity, timeProvider, cancellationToken);
        CurrentTurn.Value = turn;
        return turn;
    }

    /// <summary>Names the command the current turn was recognised as (a no-op when unobserved).</summary>
    public static void RecordCommand(string command) => Current?.SetCommand(command);

    /// <summary>Marks the current turn refused: a conversation or tenant the bot does not serve.</summary>
    public static void RecordRefused() => Current?.SetOutcome(BotTelemetry.OutcomeRefused);

    /// <summary>Marks the turn a redelivery, acknowledged without running.</summary>
    public void Redelivery() => SetOutcome(BotTelemetry.OutcomeRedelivery);

    /// <summary>Marks the turn failed by <paramref name="exception"/>.</summary>
    public void Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        SetOutcome(BotTelemetry.OutcomeFailed);
        if (_span is { IsAllDataRequested: true })
        {
            _span.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            _span.AddException(exception);
        }
    }

    /// <summary>Ends the span and records the duration, as ok unless marked otherwise.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(CurrentTurn.Value, this))
        {
            CurrentTurn.Value = null;
        }

        var outcome = _outcome ?? (_cancellationToken.IsCancellationRequested ? BotTelemetry.OutcomeCancelled : BotTelemetry.OutcomeOk);
        if (_span is { IsAllDataRequested: true })
        {
            _span.SetTag(BotTelemetry.CommandTag, Command);
            _span.SetTag(BotTelemetry.TurnOutcomeTag, outcome);
        }

        if (BotTelemetry.TurnDuration.Enabled)
        {
            BotTelemetry.TurnDuration.Record(_timeProvider.GetElapsedTime(_started).TotalMilliseconds, new TagList
            {
                { BotTelemetry.ActivityTypeTag, _activityType },
                { BotTelemetry.ChannelIdTag, _channelId },
                { BotTelemetry.CommandTag, Command },
                { BotTelemetry.TurnOutcomeTag, outcome },
            });
        }

        _span?.Dispose();
    }

    private void SetCommand(string command) => Command = command;

    private void SetOutcome(string outcome) => _outcome ??= outcome;
}
