using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Telemetry;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Sends what is due in the outbox, paced under Teams' limits, and records each outcome in its own
/// commit: sent; throttled until the time Teams asked for; a transient failure tried again with a
/// doubling wait until the attempts run out; blocked or gone (403/404) given up at once with the
/// conversation reference marked inactive. Nothing is dropped without a state and an error on the row.
/// </summary>
public sealed partial class ProactiveDelivery(
    IProactiveStore store,
    IConversationReferenceStore references,
    IUnitOfWork unitOfWork,
    IConnectorClient connector,
    ProactivePacer pacer,
    IOptions<ProactiveOptions> options,
    TimeProvider timeProvider,
    IServiceScopeFactory scopes,
    ILogger<ProactiveDelivery> logger)
{
    /// <summary>
    /// Delivers one batch of due messages; returns how many it attempted. Recipients are served in
    /// parallel (<see cref="ProactiveOptions.ParallelSends"/>), each in a scope of its own, so one slow
    /// send or commit does not hold up the others; one recipient's messages keep their order.
    /// </summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var due = await store.LeaseDueAsync(timeProvider.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            return 0;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.ParallelSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due.GroupBy(m => m.RecipientUserId, StringComparer.Ordinal), parallel, async (recipient, token) =>
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var delivery = scope.ServiceProvider.GetRequiredService<ProactiveDelivery>();
                foreach (var message in recipient)
                {
                    await delivery.DeliverOneAsync(message, token).ConfigureAwait(false);
                }
            }
        }).ConfigureAwait(false);
        return due.Count;
    }

    /// <summary>One leased message: the attempt, then its outcome in a commit of its own.</summary>
    private async Task DeliverOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var result = await AttemptAsync(message, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            // Not sent: the lease would run out before the answer could be recorded, so another
            // worker may take the entry over; leaving it to that lease is what keeps it from going twice.
            LogLeaseRunningOut(message.Id);
            return;
        }

        CoachingTelemetry.RecordProactiveSend(result.State);
        if (!await store.StageResultAsync(message, result, cancellationToken).ConfigureAwait(false))
        {
            LogLeaseTakenOver(message.Id, result.State);
            return;
        }

        var outcome = await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (outcome != UnitOfWorkOutcome.Committed)
        {
            // The lease runs out and the message is tried again: a duplicate beats a loss.
            LogNotRecorded(message.Id, result.State, outcome);
        }
    }

    private async Task<DeliveryResult?> AttemptAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;

        // Every request is paced against the tenant's shared budget, so none may be repeated
        // behind the pacer's back: the outbox's own schedule does the retrying.
        using var singleRequests = ConnectorRetries.Suppress();
        try
        {
            var reference = await references.FindForUserAsync(message.RecipientUserId, cancellationToken).ConfigureAwait(false);
            if (reference is not null && !ConversationScopePolicy.IsPersonal(reference.Conversation))
            {
                // What is sent proactively (a manager's digest) is for one person's eyes only.
                LogNotPersonal(message.Id, reference.Conversation.ConversationType);
                reference = null;
            }

            string serviceUrl, conversationId, tenantId;
            var created = message.CreatedConversationId;
            if (reference?.Conversation.Id is { } referenceConversation)
            {
                (serviceUrl, conversationId, tenantId) = (reference.ServiceUrl, referenceConversation, reference.TenantId ?? reference.Conversation.TenantId ?? string.Empty);
            }
            else if (message.Fallback is { } fallback)
            {
                (serviceUrl, tenantId) = (fallback.ServiceUrl, fallback.TenantId);
                if (created is null)
                {
                    await PaceAsync(tenantId, fallback.UserId, cancellationToken).ConfigureAwait(false);
                    if (LeaseRunningOut(message))
                    {
                        return null;
                    }

                    var creation = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
                    {
                        Bot = fallback.BotId is null ? null : new ChannelAccount { Id = fallback.BotId },
                        Members = [new ChannelAccount { Id = fallback.UserId }],
                        TenantId = tenantId,
                        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
                    }, cancellationToken).ConfigureAwait(false);
                    if (!creation.IsSent || creation.Id is null)
                    {
                        return Classify(creation, attempts, null, null);
                    }

                    created = creation.Id;
                }

                conversationId = created;
            }
            else
            {
                return Failed("No active conversation reference and no way to open a chat with the recipient.");
            }

            await PaceAsync(tenantId, conversationId, cancellationToken).ConfigureAwait(false);
            if (LeaseRunningOut(message))
            {
                return null;
            }

            var activity = message.Activity with
            {
                Type = message.Activity.Type ?? ActivityTypes.Message,
                ServiceUrl = serviceUrl,
                ChannelId = reference?.ChannelId ?? message.Activity.ChannelId ?? "msteams",
                Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId.Length == 0 ? null : tenantId },
                From = reference?.Bot ?? message.Activity.From,
                Recipient = reference?.User ?? new ChannelAccount { Id = message.RecipientUserId },
            };
            var result = await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
            if (result.IsPermanentlyUnreachable)
            {
                await references.DeactivateAsync(activity.ChannelId, conversationId, cancellationToken).ConfigureAwait(false);
            }

            return Classify(result, attempts, created, conversationId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAttemptFailed(e, message.Id);
            return Retry(attempts, e.GetType().Name, created: message.CreatedConversationId);
        }

        DeliveryResult Failed(string error)
        {
            LogGivenUp(message.Id, message.RecipientUserId, error);
            return new DeliveryResult(OutboxState.Failed, timeProvider.GetUtcNow()) { Error = error };
        }

        DeliveryResult Classify(ConnectorResult result, int attemptsSoFar, string? createdConversation, string? conversationId)
        {
            var now = timeProvider.GetUtcNow();
            return result.Outcome switch
            {
                ConnectorOutcome.Sent => new DeliveryResult(OutboxState.Sent, now) { CreatedConversationId = createdConversation },
                ConnectorOutcome.Throttled when attemptsSoFar < options.Value.MaxAttempts => new DeliveryResult(OutboxState.Throttled, now)
                {
                    RetryAt = now + (result.RetryAfter ?? Backoff(attemptsSoFar)),
                    Error = result.Error ?? "429",
                    CreatedConversationId = createdConversation,
                },
                ConnectorOutcome.Failed or ConnectorOutcome.Throttled => Retry(attemptsSoFar, result.Error ?? result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture), createdConversation),
                _ => Failed($"{result.Outcome} ({result.StatusCode}) in {conversationId}: {result.Error}"),
            };
        }

        DeliveryResult Retry(int attemptsSoFar, string? error, string? created)
        {
            if (attemptsSoFar >= options.Value.MaxAttempts)
            {
                return Failed($"Out of attempts ({attemptsSoFar}): {error}");
            }

            var now = timeProvider.GetUtcNow();
            return new DeliveryResult(OutboxState.Pending, now) { RetryAt = now + Backoff(attemptsSoFar), Error = error, CreatedConversationId = created };
        }
    }

    /// <summary>
    /// True when less than half the lease is left: a call started now could still be unanswered when
    /// the lease runs out and another worker sends the same message.
    /// </summary>
    private bool LeaseRunningOut(OutboxMessage message) =>
        timeProvider.GetUtcNow() > message.LeaseUntil - (options.Value.Lease / 2);

    private TimeSpan Backoff(int attempts) => options.Value.RetryBackoff * Math.Pow(2, Math.Min(attempts - 1, 10));

    private Task PaceAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        pacer.WaitForTurnAsync(tenantId, conversationId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId}: outcome {State} not recorded ({Outcome}); it will be tried again")]
    private partial void LogNotRecorded(long outboxId, OutboxState state, UnitOfWorkOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId}: not sent, less than half its lease was left after pacing; it goes with its next lease")]
    private partial void LogLeaseRunningOut(long outboxId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId}: outcome {State} not recorded, its lease ran out and another worker took the entry over")]
    private partial void LogLeaseTakenOver(long outboxId, OutboxState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId}: the stored conversation ({ConversationType}) is not a personal chat; not sent there")]
    private partial void LogNotPersonal(long outboxId, string? conversationType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId}: attempt failed")]
    private partial void LogAttemptFailed(Exception exception, long outboxId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId} for {UserId} given up: {Error}")]
    private partial void LogGivenUp(long outboxId, string userId, string error);
}
