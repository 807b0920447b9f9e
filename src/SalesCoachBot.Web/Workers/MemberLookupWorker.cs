using SalesCoachBot.Coaching.Turns;

namespace SalesCoachBot.Web.Workers;

/// <summary>
/// Drains the turns' <see cref="MemberLookupBacklog"/> one look-up at a time, each in its own scope and
/// with at most <see cref="LookupTimeout"/>, so a hung connector holds up neither a turn nor the next
/// look-up for long. Part of serving turns, so it runs whenever the bot does (not one of the proactive
/// workers); failures are logged, and shutdown cancels the look-up in progress.
/// </summary>
internal sealed partial class MemberLookupWorker(
    MemberLookupBacklog queue,
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    ILogger<MemberLookupWorker> logger) : BackgroundService
{
    public static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await LookUpAsync(request, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    queue.Done();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task LookUpAsync(MemberLookupRequest request, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(LookupTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MemberLookup>().LookUpAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogLookupFailed(request.UserId, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email and UPN of {UserId} not looked up; tried again after the throttle's interval")]
    private partial void LogLookupFailed(string userId, Exception exception);
}
