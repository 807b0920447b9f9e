using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Web.Workers;

/// <summary>
/// Empties the outbox: a batch whenever woken (something was enqueued) or every
/// <see cref="ProactiveOptions.DeliveryInterval"/> on <see cref="TimeProvider"/> (retries that came
/// due). Each batch runs in its own scope; nothing escapes, a failed batch is tried again.
/// </summary>
internal sealed partial class ProactiveDeliveryWorker(
    IServiceScopeFactory scopes,
    ProactiveDeliverySignal signal,
    IOptions<ProactiveOptions> options,
    TimeProvider timeProvider,
    ILogger<ProactiveDeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkersEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var full = await DeliverBatchAsync(stoppingToken).ConfigureAwait(false);
            if (!full)
            {
                try
                {
                    await signal.WaitAsync(options.Value.DeliveryInterval, timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>True when the batch was full, i.e. more may be waiting right away.</summary>
    private async Task<bool> DeliverBatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var delivery = scope.ServiceProvider.GetRequiredService<ProactiveDelivery>();
            var attempted = await delivery.DeliverDueAsync(stoppingToken).ConfigureAwait(false);
            return attempted >= options.Value.BatchSize;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogBatchFailed(e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox batch failed; its leased messages return when their lease runs out")]
    private partial void LogBatchFailed(Exception exception);
}
