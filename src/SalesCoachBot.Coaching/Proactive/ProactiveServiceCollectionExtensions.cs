using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesCoachBot.Coaching.Proactive;

public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// The proactive machinery: the scheduler that claims and enqueues daily jobs (register yours as
    /// scoped <see cref="IProactiveJob"/>), the outbox delivery, the pacer and the wake-up signal.
    /// The stores (the outbox's, the shared send budget's) come from Data, the workers from Web. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddProactive(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ProactiveOptions>()
            .BindConfiguration(ProactiveOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ProactivePacer>();
        services.TryAddSingleton<ProactiveDeliverySignal>();
        services.TryAddScoped<ProactiveScheduler>();
        services.TryAddScoped<ProactiveDelivery>();
        return services;
    }
}
