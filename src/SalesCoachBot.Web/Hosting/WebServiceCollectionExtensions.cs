using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.Web.Messages;
using SalesCoachBot.Web.Turns;

namespace SalesCoachBot.Web.Hosting;

/// <summary>
/// Registers the host's own parts: the messages endpoint, the turn pipeline, the default handler.
/// Call after <c>AddBotProtocol</c> (which binds <c>BotOptions</c> and registers the authenticator
/// and the connector) and after the coaching handler's registration, if any.
/// </summary>
internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddSalesCoachWeb(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

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
        // Per request: the connector is a typed HttpClient (transient, so its handler rotates) and the
        // coaching handler will need a scoped unit of work; the request's scope serves the turn.
        services.AddScoped<TurnPipeline>();
        services.AddScoped<MessagesEndpoint>();
        return services;
    }
}
