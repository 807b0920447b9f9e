using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Coaching.PowerMap;

namespace SalesCoachBot.PowerMap;

public static class PowerMapServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPowerMapPublisher"/> and the <see cref="IPowerMapImageStore"/> the Web host
    /// serves from (in memory, <see cref="PowerMapImageStore"/>, unless one is registered before: Data's
    /// database store), with <see cref="PowerMapOptions"/> bound from <c>PowerMap</c> and <c>Bot:PublicBaseUrl</c>
    /// and validated at start; <see cref="TimeProvider.System"/> unless one is registered.
    /// </summary>
    public static IServiceCollection AddPowerMap(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<PowerMapOptions>()
            .BindConfiguration(PowerMapOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                var publicBaseUrl = configuration[PowerMapOptions.PublicBaseUrlKey];
                if (!string.IsNullOrWhiteSpace(publicBaseUrl))
                {
                    options.PublicBaseUrl = publicBaseUrl;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PowerMapFontLocator>();
        services.TryAddSingleton<PowerMapFont>();
        services.TryAddSingleton<PowerMapRenderer>();
        services.TryAddSingleton<PowerMapImageStore>();
        services.TryAddSingleton<IPowerMapImageStore>(sp => sp.GetRequiredService<PowerMapImageStore>());
        services.TryAddSingleton<IPowerMapPublisher, PowerMapPublisher>();
        return services;
    }
}
