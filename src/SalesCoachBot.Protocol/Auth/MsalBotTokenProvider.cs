using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// Client-credentials tokens for the Bot Connector service from Entra ID through MSAL. One
/// application instance lives for the process, so MSAL's in-memory token cache hands out the same
/// token until it is close to expiry.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    /// <summary>The named <see cref="HttpClient"/> MSAL talks to Entra ID with.</summary>
    public const string HttpClientName = "SalesCoachBot.Msal";

    /// <summary>The scope of the Bot Connector service.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    // Managed identities ask for the resource itself, not a scope.
    private const string ManagedIdentityResource = "https://api.botframework.com";

    private const string AuthorityHost = "https://login.microsoftonline.com/";

    // MultiTenant bots get their connector tokens from the Bot Framework's own tenant.
    private const string MultiTenantAuthorityTenant = "botframework.com";

    private static readonly string[] Scopes = [Scope];

    private readonly Lazy<IConfidentialClientApplication>? _application;
    private readonly Lazy<IManagedIdentityApplication>? _managedIdentity;

    public MsalBotTokenProvider(IOptions<BotOptions> bot, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var options = bot.Value;
        if (options.IsManagedIdentity && !options.IsLocalMode)
        {
            // A user-assigned managed identity: no secret; the app id is the identity's client id.
            _managedIdentity = new Lazy<IManagedIdentityApplication>(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
                .Build());
        }
        else if (!options.IsLocalMode)
        {
            _application = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
                .Create(options.MicrosoftAppId)
                .WithClientSecret(options.MicrosoftAppPassword)
                .WithAuthority(Authority(options))
                .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
                .Build());
        }
    }

    /// <summary>The authority the bot's tokens come from.</summary>
    public static string Authority(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenant = options.IsTenantBound
            ? options.MicrosoftAppTenantId.Trim()
            : MultiTenantAuthorityTenant;
        return AuthorityHost + tenant;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_managedIdentity is not null)
        {
            var identityToken = await _managedIdentity.Value.AcquireTokenForManagedIdentity(ManagedIdentityResource)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            return identityToken.AccessToken;
        }

        if (_application is null)
        {
            return null;
        }

        var result = await _application.Value.AcquireTokenForClient(Scopes)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }
}
