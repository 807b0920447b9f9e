using Azure.Core;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using SalesCoachBot.Protocol.Auth;

namespace SalesCoachBot.Web.Directory;

/// <summary>
/// Client-credentials tokens for Graph with the bot's own app registration (its secret, or its
/// user-assigned managed identity), through MSAL like the connector's tokens; MSAL caches them.
/// </summary>
internal sealed class MsalGraphTokenCredential : TokenCredential
{
    private const string AuthorityHost = "https://login.microsoftonline.com/";

    private readonly Lazy<IConfidentialClientApplication>? _application;
    private readonly Lazy<IManagedIdentityApplication>? _managedIdentity;
    private readonly string _resource;

    public MsalGraphTokenCredential(BotOptions bot, GraphOptions graph, IMsalHttpClientFactory httpClients)
    {
        _resource = graph.Scope.EndsWith("/.default", StringComparison.Ordinal) ? graph.Scope[..^"/.default".Length] : graph.Scope;
        if (bot.IsManagedIdentity)
        {
            _managedIdentity = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(bot.MicrosoftAppId))
                .WithHttpClientFactory(httpClients)
                .Build());
        }
        else
        {
            var tenant = graph.TenantId.Length > 0 ? graph.TenantId : bot.MicrosoftAppTenantId;
            _application = new(() => ConfidentialClientApplicationBuilder
                .Create(bot.MicrosoftAppId)
                .WithClientSecret(bot.MicrosoftAppPassword)
                .WithAuthority(AuthorityHost + tenant.Trim())
                .WithHttpClientFactory(httpClients)
                .Build());
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var result = _managedIdentity is not null
            ? await _managedIdentity.Value.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(cancellationToken).ConfigureAwait(false)
            : await _application!.Value.AcquireTokenForClient(requestContext.Scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new AccessToken(result.AccessToken, result.ExpiresOn);
    }
}
