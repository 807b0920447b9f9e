using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager.Directory;
using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Web.Directory;

/// <summary>
/// Keeps managers in step with the company directory: a batch of due users (new ones first, then those
/// not refreshed for a day) whenever a new user is seen or every <see cref="GraphOptions.PollInterval"/>.
/// Runs beside the turns, never in them; a failed batch is logged and tried at the next poll.
/// Off with the other background workers (<c>Proactive:WorkersEnabled</c>).
/// </summary>
internal sealed partial class DirectorySyncWorker(
    IServiceScopeFactory scopes,
    DirectorySyncSignal signal,
    IOptions<GraphOptions> options,
    IOptions<ProactiveOptions> workers,
    TimeProvider timeProvider,
    ILogger<DirectorySyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!workers.Value.WorkersEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var full = await SyncBatchAsync(stoppingToken).ConfigureAwait(false);
            if (!full)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>True when the batch was full, i.e. more users may be due right away.</summary>
    private async Task<bool> SyncBatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sync = scope.ServiceProvider.GetRequiredService<DirectoryManagerSync>();
            return await sync.SyncDueAsync(options.Value.BatchSize, stoppingToken).ConfigureAwait(false) >= options.Value.BatchSize;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogBatchFailed(e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Managers not refreshed from the company directory; trying again at the next poll")]
    private partial void LogBatchFailed(Exception exception);
}
