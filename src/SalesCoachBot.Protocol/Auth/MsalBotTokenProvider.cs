using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

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

    private const string AuthorityHost = "https://login.microsoftonline.com/";

    // MultiTenant bots get their connector tokens from the Bot Framework's own tenant.
    private const string MultiTenantAuthorityTenant = "botframework.com";

    private static readonly string[] Scopes = [Scope];

    private readonly Lazy<IConfidentialClientApplication>? _application;

    public MsalBotTokenProvider(IOptions<BotOptions> bot, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var options = bot.Value;
        if (!options.IsLocalMode)
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
        var tenant = string.Equals(options.MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase)
            ? options.MicrosoftAppTenantId.Trim()
            : MultiTenantAuthorityTenant;
        return AuthorityHost + tenant;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
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
