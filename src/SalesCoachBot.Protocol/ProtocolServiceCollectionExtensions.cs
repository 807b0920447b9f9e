using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Protocol;

/// <summary>Registers the Bot Framework protocol: options, inbound authentication, outbound tokens and the connector.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>The name of the connector's resilience pipeline.</summary>
    public const string ConnectorPipelineName = "bot-connector";

    /// <summary>
    /// Adds <see cref="BotOptions"/> (configuration root keys), <see cref="BotAuthenticationOptions"/>
    /// (<c>BotAuthentication</c>), <see cref="BotConnectorOptions"/> (<c>BotConnector</c>), all
    /// validated at start; <see cref="TimeProvider.System"/> unless one is registered; the
    /// <see cref="IActivityAuthenticator"/>, the <see cref="IBotTokenProvider"/> (MSAL) and the
    /// <see cref="IConnectorClient"/> (a typed, transient HTTP client with the resilience pipeline;
    /// long-lived services resolve it per use, e.g. from a scope, rather than keep one).
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<BotOptions>()
            .BindConfiguration(string.Empty)
            .ValidateDataAnnotations()
            .Validate(o => o.IsLocalMode || o.IsManagedIdentity || !string.IsNullOrWhiteSpace(o.MicrosoftAppPassword),
                "MicrosoftAppPassword is required when MicrosoftAppId is set (except for UserAssignedMSI).")
            .Validate(o => o.IsLocalMode || !o.IsTenantBound || !string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId),
                "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant or UserAssignedMSI.")
            .ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>()
            .BindConfiguration(BotAuthenticationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotConnectorOptions>()
            .BindConfiguration(BotConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(JwtActivityAuthenticator.MetadataHttpClientName);
        services.TryAddSingleton<IActivityAuthenticator, JwtActivityAuthenticator>();

        services.AddHttpClient(MsalBotTokenProvider.HttpClientName);
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();

        services.TryAddSingleton<ServiceUrlTrustPolicy>();
        services.AddHttpClient<IConnectorClient, BotConnectorClient>(client =>
            {
                // The pipeline's total and per-attempt timeouts bound the call; HttpClient's own
                // 100 s limit would cut retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The client's own spans, metrics and failure logs (BotTelemetry, LogSendFailed) say what
            // each call did; the factory's per-request logging handlers opened a log scope and
            // redacted the URI on every send, at any log level.
            .RemoveAllLoggers()
            .AddResilienceHandler(ConnectorPipelineName, static (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
                var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                ConnectorResiliencePipeline.Configure(builder, options, timeProvider);
            })
            // One pipeline, hence one circuit breaker, per service URL authority: a region in
            // trouble does not stop messages to the others.
            .SelectPipelineByAuthority();

        return services;
    }
}
