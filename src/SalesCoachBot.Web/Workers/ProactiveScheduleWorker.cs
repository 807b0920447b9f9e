using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Web.Workers;

/// <summary>
/// Every <see cref="ProactiveOptions.ScheduleInterval"/> on <see cref="TimeProvider"/>, runs each
/// registered daily job (digest, practice reminder…) in a scope of its own. A failing job is logged
/// and tried again at the next tick; nothing escapes.
/// </summary>
internal sealed partial class ProactiveScheduleWorker(
    IServiceScopeFactory scopes,
    IOptions<ProactiveOptions> options,
    TimeProvider timeProvider,
    ILogger<ProactiveScheduleWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkersEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(options.Value.ScheduleInterval, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var kinds = scope.ServiceProvider.GetServices<IProactiveJob>().Select(j => j.Kind).ToList();
            foreach (var kind in kinds)
            {
                // A scope per job, so one job's failed commit leaves nothing staged for the next.
                await using var jobScope = scopes.CreateAsyncScope();
                var job = jobScope.ServiceProvider.GetServices<IProactiveJob>().First(j => j.Kind == kind);
                try
                {
                    var enqueued = await jobScope.ServiceProvider.GetRequiredService<ProactiveScheduler>().RunAsync(job, stoppingToken).ConfigureAwait(false);
                    if (enqueued > 0)
                    {
                        LogEnqueued(kind, enqueued);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogJobFailed(e, kind);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogTickFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind}: {Count} message(s) enqueued")]
    private partial void LogEnqueued(string kind, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind}: the daily job failed; tried again at the next tick")]
    private partial void LogJobFailed(Exception exception, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "The proactive schedule tick failed; tried again at the next tick")]
    private partial void LogTickFailed(Exception exception);
}
