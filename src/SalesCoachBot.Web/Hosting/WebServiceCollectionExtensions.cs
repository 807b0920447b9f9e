using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.Web.Messages;
using SalesCoachBot.Web.Turns;

namespace SalesCoachBot.Web.Hosting;

/// <summary>Registers the host's own parts: the messages endpoint, the turn pipeline, the default handler.</summary>
internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddSalesCoachWeb(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<BotOptions>()
            .BindConfiguration(string.Empty)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<MessagesEndpointOptions>()
            .BindConfiguration(MessagesEndpointOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<TurnPipelineOptions>()
            .BindConfiguration(TurnPipelineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
        // The coaching handler, once registered before this call, takes precedence over the greeting.
        services.TryAddSingleton<ITurnHandler, GreetingTurnHandler>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<MessagesEndpoint>();
        return services;
    }
}
