using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Telemetry;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.Web.Resources;

namespace SalesCoachBot.Web.Turns;

/// <summary>
/// Runs one authenticated activity: skips redeliveries, gives the turn to the handler, times it, and
/// turns a handler failure into an apology instead of an error status. A 5xx would make Teams
/// deliver the same activity again, and the handler may already have sent part of its answer.
/// </summary>
internal sealed partial class TurnPipeline
{
    private readonly ITurnHandler _handler;
    private readonly IConnectorClient _connector;
    private readonly IActivityDeduplicator _deduplicator;
    private readonly TimeProvider _timeProvider;
    private readonly TurnUserResolver _users;
    private readonly TimeSpan _slowTurnThreshold;
    private readonly ILogger<TurnPipeline> _logger;

    public TurnPipeline(
        ITurnHandler handler,
        IConnectorClient connector,
        IActivityDeduplicator deduplicator,
        TimeProvider timeProvider,
        TurnUserResolver users,
        IOptions<TurnPipelineOptions> options,
        ILogger<TurnPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _handler = handler;
        _connector = connector;
        _deduplicator = deduplicator;
        _timeProvider = timeProvider;
        _users = users;
        _slowTurnThreshold = options.Value.SlowTurnThreshold;
        _logger = logger;
    }

    /// <summary>The redelivery key: the same activity id in the same conversation on the same channel.</summary>
    public static string? DeduplicationKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrEmpty(activity.Id)
            ? null
            : string.Join('|', activity.ChannelId, activity.Conversation?.Id, activity.Id);
    }

    public async Task<TurnResult> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var telemetry = TurnTelemetry.Start(activity, _timeProvider, cancellationToken);
        if (DeduplicationKey(activity) is { } key && !await _deduplicator.TryClaimAsync(key, cancellationToken).ConfigureAwait(false))
        {
            telemetry?.Redelivery();
            LogRedelivery(activity.Type, activity.Id);
            return new TurnResult(WasRedelivery: true, InvokeResponse: null);
        }

        var turn = new TurnContext(activity, _connector);
        var started = _timeProvider.GetTimestamp();
        try
        {
            await _handler.OnTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(ex, activity.Type, activity.Id);
            telemetry?.Failed(ex);
            turn.InvokeResponse = await ApologizeAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            var elapsed = _timeProvider.GetElapsedTime(started);
            if (elapsed >= _slowTurnThreshold)
            {
                LogSlowTurn(activity.Type, activity.Id, (long)elapsed.TotalMilliseconds);
            }
        }

        return new TurnResult(WasRedelivery: false, turn.InvokeResponse);
    }

    private async Task<InvokeResponse?> ApologizeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // The language the handler answered in, or the same rule on the activity alone when it failed before knowing.
        var culture = turn.Culture ?? _users.CultureFor(turn.Activity);
        var apology = WebTexts.ResourceManager.GetString(nameof(WebTexts.TurnFailed), culture) ?? string.Empty;
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            // The client shows an invoke's error itself; nothing is sent to the conversation.
            return new InvokeResponse
            {
                StatusCode = 500,
                Type = InvokeResponse.ErrorType,
                Value = JsonSerializer.SerializeToElement(new { code = "InternalError", message = apology }, ProtocolJson.Options),
            };
        }

        try
        {
            var result = await turn.SendTextAsync(apology, cancellationToken).ConfigureAwait(false);
            if (!result.IsSent)
            {
                LogApologyNotSent(turn.Activity.Id, result.Outcome, result.Error);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogApologyFailed(ex, turn.Activity.Id);
        }

        return null;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Redelivered {ActivityType} activity {ActivityId} acknowledged without processing")]
    private partial void LogRedelivery(string? activityType, string? activityId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Slow turn: {ActivityType} activity {ActivityId} took {ElapsedMilliseconds} ms")]
    private partial void LogSlowTurn(string? activityType, string? activityId, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "The turn handler failed on {ActivityType} activity {ActivityId}; the user is told something went wrong")]
    private partial void LogTurnFailed(Exception exception, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "The apology for activity {ActivityId} was not delivered: {Outcome} {Error}")]
    private partial void LogApologyNotSent(string? activityId, ConnectorOutcome outcome, string? error);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Sending the apology for activity {ActivityId} failed")]
    private partial void LogApologyFailed(Exception exception, string? activityId);
}
