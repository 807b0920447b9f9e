using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Telemetry;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.Web.Resources;

namespace SalesCoachBot.Web.Turns;

/// <summary>
/// Runs one authenticated activity: claims it in the shared redelivery record (a redelivery is only
/// acknowledged; a redelivered invoke gets the first delivery's answer), gives the turn to the
/// handler within the turn's budget, times it, and turns a handler failure or an exhausted budget
/// into an apology instead of an error status. A 5xx would make Teams deliver the same activity
/// again, and the handler may already have sent part of its answer.
/// </summary>
internal sealed partial class TurnPipeline
{
    private static readonly TimeSpan AnswerPollInterval = TimeSpan.FromMilliseconds(200);

    // Time left for the apology once the budget is spent: 12 s + 2 s stays under Teams' 15 s.
    private static readonly TimeSpan ApologyDeadline = TimeSpan.FromSeconds(2);

    private readonly ITurnHandler _handler;
    private readonly IConnectorClient _connector;
    private readonly IRedeliveryStore _redeliveries;
    private readonly IUnitOfWork _unitOfWork;
    private readonly TimeProvider _timeProvider;
    private readonly TurnUserResolver _users;
    private readonly TimeSpan _slowTurnThreshold;
    private readonly TimeSpan _answerWait;
    private readonly TimeSpan _turnBudget;
    private readonly ILogger<TurnPipeline> _logger;

    public TurnPipeline(
        ITurnHandler handler,
        IConnectorClient connector,
        IRedeliveryStore redeliveries,
        IUnitOfWork unitOfWork,
        TimeProvider timeProvider,
        TurnUserResolver users,
        IOptions<TurnPipelineOptions> options,
        IOptions<TurnBudgetOptions> budget,
        ILogger<TurnPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(budget);
        _handler = handler;
        _connector = connector;
        _redeliveries = redeliveries;
        _unitOfWork = unitOfWork;
        _timeProvider = timeProvider;
        _users = users;
        _slowTurnThreshold = options.Value.SlowTurnThreshold;
        _answerWait = options.Value.RedeliveryAnswerWait;
        _turnBudget = budget.Value.TurnBudget;
        _logger = logger;
    }

    /// <summary>The redelivery key: the same activity id in the same conversation on the same channel.</summary>
    public static string? RedeliveryKey(Activity activity)
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
        var turn = new TurnContext(activity, _connector);
        var started = _timeProvider.GetTimestamp();

        // The turn's deadline, passed to every call the turn makes; shutting down stops it too.
        using var budget = new CancellationTokenSource(_turnBudget, _timeProvider);
        using var turnCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        await using var connection = (await _unitOfWork.HoldConnectionAsync(turnCancellation.Token).ConfigureAwait(false)).ConfigureAwait(false);
        var key = RedeliveryKey(activity);
        if (key is not null && !await _redeliveries.TryClaimAsync(key, turn, turnCancellation.Token).ConfigureAwait(false))
        {
            telemetry?.Redelivery();
            LogRedelivery(activity.Type, activity.Id);
            return activity.Type == ActivityTypes.Invoke
                ? await AnswerRedeliveredInvokeAsync(key, turnCancellation.Token).ConfigureAwait(false)
                : new TurnResult(WasRedelivery: true, InvokeResponse: null);
        }

        try
        {
            await _handler.OnTurnAsync(turn, turnCancellation.Token).ConfigureAwait(false);
            // A lead text no message took (the dialog engine sends its own before committing).
            await turn.FlushLeadTextAsync(turnCancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Whatever the turn staged is dropped: a commit cut short by the budget was rolled back.
            _unitOfWork.Discard();
            LogBudgetExhausted(activity.Type, activity.Id, (long)_turnBudget.TotalMilliseconds);
            telemetry?.Failed(ex);
            turn.InvokeResponse = await ApologizeWithinGraceAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _unitOfWork.Discard();
            LogTurnFailed(ex, activity.Type, activity.Id);
            telemetry?.Failed(ex);
            turn.InvokeResponse = await ApologizeWithinGraceAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            var elapsed = _timeProvider.GetElapsedTime(started);
            if (elapsed >= _slowTurnThreshold)
            {
                LogSlowTurn(activity.Type, activity.Id, (long)elapsed.TotalMilliseconds);
            }
        }

        if (key is not null && activity.Type == ActivityTypes.Invoke)
        {
            await RecordAnswerAsync(key, turn.KeepsNoAnswer ? new InvokeResponse { StatusCode = 200 } : turn.InvokeResponse ?? new InvokeResponse(), cancellationToken).ConfigureAwait(false);
        }

        return new TurnResult(WasRedelivery: false, turn.InvokeResponse);
    }

    /// <summary>
    /// A redelivered invoke: the first delivery's answer, waiting up to <see cref="TurnPipelineOptions.RedeliveryAnswerWait"/>
    /// for it while that delivery is still running; then "pending", and the channel asks again.
    /// </summary>
    private async Task<TurnResult> AnswerRedeliveredInvokeAsync(string key, CancellationToken cancellationToken)
    {
        // Waiting on another delivery's progress: wall-clock time, whatever clock the turn itself runs on.
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        while (true)
        {
            if (await _redeliveries.FindAnswerAsync(key, cancellationToken).ConfigureAwait(false) is { } answer)
            {
                return new TurnResult(WasRedelivery: true, answer);
            }

            if (clock.GetElapsedTime(started) >= _answerWait)
            {
                LogAnswerPending(key.Length);
                return new TurnResult(WasRedelivery: true, InvokeResponse: null, AnswerPending: true);
            }

            await Task.Delay(AnswerPollInterval, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RecordAnswerAsync(string key, InvokeResponse answer, CancellationToken cancellationToken)
    {
        try
        {
            await _redeliveries.CompleteAsync(key, answer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The user has their answer; only a redelivery of this invoke would miss it.
            LogAnswerNotRecorded(ex);
        }
    }

    private async Task<InvokeResponse?> ApologizeWithinGraceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(ApologyDeadline);
        return await ApologizeAsync(turn, grace.Token).ConfigureAwait(false);
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
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
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

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Turn budget of {BudgetMilliseconds} ms exhausted on {ActivityType} activity {ActivityId}; nothing of the turn was committed")]
    private partial void LogBudgetExhausted(string? activityType, string? activityId, long budgetMilliseconds);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "A redelivered invoke found no answer of its first delivery yet (key of {KeyLength} chars); asked to retry")]
    private partial void LogAnswerPending(int keyLength);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "The invoke's answer was not kept with its redelivery record")]
    private partial void LogAnswerNotRecorded(Exception exception);
}
