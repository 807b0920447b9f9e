using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Web.Workers;

internal static class WorkerServiceCollectionExtensions
{
    /// <summary>The proactive schedule and the outbox delivery, as hosted services.</summary>
    public static IServiceCollection AddProactiveWorkers(this IServiceCollection services)
    {
        services.AddProactive();
        services.AddHostedService<ProactiveScheduleWorker>();
        services.AddHostedService<ProactiveDeliveryWorker>();
        return services;
    }
}
