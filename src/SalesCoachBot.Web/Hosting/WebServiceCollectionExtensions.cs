using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Web.Messages;
using SalesCoachBot.Web.Turns;
using SalesCoachBot.Web.Workers;

namespace SalesCoachBot.Web.Hosting;

/// <summary>
/// Registers the host's own parts: the messages endpoint, the turn pipeline and the worker that looks up
/// the email/UPN the turns noted as missing. The turn handler
/// comes from <c>AddCoaching</c>; the authenticator and the connector from <c>AddBotProtocol</c>
/// (both in <c>AddSalesCoachCore</c>).
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
        services.AddOptions<TurnBudgetOptions>()
            .BindConfiguration(TurnBudgetOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Per request: the connector is a typed HttpClient (transient, so its handler rotates) and the
        // coaching handler will need a scoped unit of work; the request's scope serves the turn.
        services.AddScoped<TurnPipeline>();
        services.AddScoped<MessagesEndpoint>();
        // Part of serving turns (their email/UPN look-ups), so not behind Proactive:WorkersEnabled.
        services.AddHostedService<MemberLookupWorker>();
        return services;
    }
}
