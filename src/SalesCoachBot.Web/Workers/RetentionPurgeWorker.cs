using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Rep.Privacy;

namespace SalesCoachBot.Web.Workers;

/// <summary>
/// At start and then every <see cref="PrivacyOptions.PurgeInterval"/> on <see cref="TimeProvider"/>,
/// deletes the deals closed longer ago than the retention period (<see cref="RetentionPurge"/>, which
/// logs how many). A failed run is logged and tried again at the next tick; nothing escapes.
/// </summary>
internal sealed partial class RetentionPurgeWorker(
    IServiceScopeFactory scopes,
    IOptions<PrivacyOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionPurgeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PurgeEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionPurge>().PurgeAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPurgeFailed(e);
            }

            try
            {
                await Task.Delay(options.Value.PurgeInterval, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention purge failed; it runs again at the next interval")]
    private partial void LogPurgeFailed(Exception exception);
}
