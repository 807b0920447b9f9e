using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using SalesCoachBot.Coaching.Manager.Directory;
using SalesCoachBot.Protocol.Auth;

namespace SalesCoachBot.Web.Directory;

internal static class GraphServiceCollectionExtensions
{
    /// <summary>The key of the <see cref="TokenCredential"/> Graph requests are signed with.</summary>
    public const string CredentialKey = "SalesCoachBot.Graph";

    public const string HttpClientName = "SalesCoachBot.Graph";

    public const string TokenHttpClientName = "SalesCoachBot.Graph.Token";

    /// <summary>
    /// The company directory, when <c>Graph:Enabled</c>: <see cref="IManagerDirectory"/> over Graph and its
    /// worker. Without it no directory is registered and managers are named in the chat (and accepted).
    /// </summary>
    public static IServiceCollection AddGraphDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IOptions<BotOptions>>(
                (graph, bot) => !graph.Enabled || bot.Value.IsManagedIdentity || graph.TenantId.Length > 0 || bot.Value.MicrosoftAppTenantId.Length > 0,
                "Graph:Enabled needs the tenant to read: Graph:TenantId or MicrosoftAppTenantId.")
            .ValidateOnStart();
        if (!configuration.GetValue<bool>($"{GraphOptions.SectionName}:{nameof(GraphOptions.Enabled)}"))
        {
            return services;
        }

        services.AddHttpClient(TokenHttpClientName);
        services.AddHttpClient(HttpClientName);
        services.AddKeyedSingleton<TokenCredential>(CredentialKey, (sp, _) => new MsalGraphTokenCredential(
            sp.GetRequiredService<IOptions<BotOptions>>().Value,
            sp.GetRequiredService<IOptions<GraphOptions>>().Value,
            new GraphMsalHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>())));
        services.AddScoped(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            http.Timeout = options.RequestTimeout;
            var baseUrl = options.BaseUrl.TrimEnd('/');
            var authentication = new AzureIdentityAuthenticationProvider(
                sp.GetRequiredKeyedService<TokenCredential>(CredentialKey),
                allowedHosts: [new Uri(baseUrl).Host],
                scopes: [options.Scope]);
            return new GraphServiceClient(http, authentication, baseUrl);
        });
        services.AddScoped<IManagerDirectory, GraphManagerDirectory>();
        services.AddScoped<DirectoryManagerSync>();
        services.AddHostedService<DirectorySyncWorker>();
        return services;
    }
}
