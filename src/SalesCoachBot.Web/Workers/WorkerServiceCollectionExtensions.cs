using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Web.Workers;

internal static class WorkerServiceCollectionExtensions
{
    /// <summary>The proactive schedule, the outbox delivery and the closed-deal retention purge, as hosted services.</summary>
    public static IServiceCollection AddProactiveWorkers(this IServiceCollection services)
    {
        services.AddProactive();
        services.AddHostedService<ProactiveScheduleWorker>();
        services.AddHostedService<ProactiveDeliveryWorker>();
        services.AddHostedService<RetentionPurgeWorker>();
        return services;
    }
}
