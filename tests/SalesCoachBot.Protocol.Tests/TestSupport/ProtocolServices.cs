using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SalesCoachBot.Protocol.Tests.TestSupport;

/// <summary>Builds the container the host would, through <see cref="ProtocolServiceCollectionExtensions.AddBotProtocol"/>.</summary>
internal static class ProtocolServices
{
    public static ServiceProvider Build(IDictionary<string, string?> configuration, TimeProvider timeProvider, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging();
        services.AddSingleton(timeProvider);
        configure?.Invoke(services);
        services.AddBotProtocol();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
