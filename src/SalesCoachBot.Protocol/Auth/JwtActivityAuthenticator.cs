using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// Checks the Bot Connector service's bearer token as the service expects a bot to: issuer
/// (Bot Framework or one of the accepted Entra tenants), signature with the issuer's published keys
/// (RSA only), audience (the app id), lifetime on the injected clock, the <c>serviceurl</c> claim
/// against the activity (required on Bot Framework tokens), the caller app of an Entra-issued token
/// (<see cref="BotAuthenticationOptions.TrustedCallerAppIds"/>), and the signing key's channel
/// endorsements against the activity's channel.
/// </summary>
/// <remarks>
/// The Bot Framework's rules: microsoft/botbuilder-dotnet
/// <c>libraries/Microsoft.Bot.Connector/Authentication/ChannelValidation.cs</c> (issuer
/// <c>https://api.botframework.com</c>, <c>aud</c> = the app id, a non-empty <c>serviceurl</c> claim
/// equal to the activity's) and <c>JwtTokenValidation.cs</c> / <c>SkillValidation.cs</c> (the caller of
/// an Entra token is <c>appid</c> in v1 and <c>azp</c> in v2). Every refusal carries its reason, with
/// the caller's strings bounded by <see cref="UntrustedText"/>.
/// </remarks>
internal sealed partial class JwtActivityAuthenticator : IActivityAuthenticator
{
    /// <summary>The named <see cref="HttpClient"/> that fetches OpenID metadata and keys.</summary>
    public const string MetadataHttpClientName = "SalesCoachBot.BotMetadata";

    private const string ServiceUrlClaim = "serviceurl";
    private const string AppIdClaim = "appid";
    private const string AuthorizedPartyClaim = "azp";
    private const string TenantIdClaim = "tid";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions _bot;
    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<JwtActivityAuthenticator> _logger;
    private static readonly TimeSpan KeyHuntInterval = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentDictionary<string, ConfigurationManager<SigningMetadata>> _metadata = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastKeyHunt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntraIssuer> _entraIssuers;
    private readonly HashSet<string> _trustedCallers;

    public JwtActivityAuthenticator(
        IOptions<BotOptions> bot,
        IOptions<BotAuthenticationOptions> options,
        TimeProvider timeProvider,
        IHttpClientFactory httpClientFactory,
        ILogger<JwtActivityAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(options);
        _bot = bot.Value;
        _options = options.Value;
        _timeProvider = timeProvider;
        _httpClientFactory = httpClientFactory;
        _logger = logger;
        _entraIssuers = BuildEntraIssuers(_options, _bot);
        _trustedCallers = new HashSet<string>(
            _options.TrustedCallerAppIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()),
            StringComparer.OrdinalIgnoreCase);
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_bot.IsLocalMode)
        {
            // Local clients (the Agents Playground) send no token; there is no app id to check one against.
            // The messages endpoint answers only loopback callers in this mode, and the connector
            // calls only loopback Bot Connector routes.
            return AuthenticationOutcome.Anonymous;
        }

        if (!TryGetBearerToken(authorizationHeader, out var token))
        {
            return AuthenticationOutcome.Fail("missing bearer token");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException ex)
        {
            return AuthenticationOutcome.Fail($"malformed token: {ex.GetType().Name}");
        }

        var issuer = unverified.Issuer;
        string metadataUrl;
        EntraIssuer? entra = null;
        if (string.Equals(issuer, _options.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            metadataUrl = _options.BotFrameworkOpenIdMetadataUrl;
        }
        else if (issuer is not null && _entraIssuers.TryGetValue(issuer, out var entraIssuer))
        {
            if (_trustedCallers.Count == 0)
            {
                // Nothing could pass the caller check; refuse before fetching any metadata.
                return AuthenticationOutcome.Fail("Entra-issued token refused: no BotAuthentication:TrustedCallerAppIds are configured");
            }

            entra = entraIssuer;
            metadataUrl = EntraMetadataUrl();
        }
        else
        {
            return AuthenticationOutcome.Fail($"untrusted issuer '{UntrustedText.Bound(issuer)}'");
        }

        var manager = _metadata.GetOrAdd(metadataUrl, CreateManager);
        SigningMetadata metadata;
        try
        {
            metadata = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            LogMetadataUnavailable(ex, metadataUrl);
            return AuthenticationOutcome.Fail($"signing metadata unavailable: {ex.GetType().Name}");
        }

        var result = await _handler.ValidateTokenAsync(token, CreateParameters(issuer, metadata)).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key we do not know may be a rollover we have not seen yet. The manager only refreshes
            // in the background, so fetch the keys once directly (at most every KeyHuntInterval per
            // metadata URL, so forged kids cannot make us hammer the endpoint) and validate again.
            manager.RequestRefresh();
            if (await FetchIfDueAsync(metadataUrl, cancellationToken).ConfigureAwait(false) is { } fresh
                && fresh.SigningKeys.Any(k => k.KeyId == unverified.Kid))
            {
                metadata = fresh;
                result = await _handler.ValidateTokenAsync(token, CreateParameters(issuer, metadata)).ConfigureAwait(false);
            }
        }

        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenInvalidLifetimeException)
            {
                var expired = unverified.ValidTo < _timeProvider.GetUtcNow().UtcDateTime - _options.ClockSkew;
                return AuthenticationOutcome.Fail(expired ? "token expired" : "token not yet valid");
            }

            // The library's messages hide claim values (PII logging is off) but may still be long.
            return AuthenticationOutcome.Fail(
                $"invalid token: {result.Exception?.GetType().Name}: {UntrustedText.Bound(result.Exception?.Message, 240)}");
        }

        var validated = (JsonWebToken)result.SecurityToken;
        var claimProblem = entra is null ? CheckBotFrameworkClaims(validated, activity) : CheckEntraClaims(validated, entra, activity);
        if (claimProblem is not null)
        {
            return AuthenticationOutcome.Fail(claimProblem);
        }

        var endorsements = metadata.EndorsementsOf(validated.SigningKey?.KeyId ?? validated.Kid);
        if (endorsements.Count > 0
            && !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail($"signing key is not endorsed for channel '{UntrustedText.Bound(activity.ChannelId)}'");
        }

        return new AuthenticationOutcome(true, Identity: result.ClaimsIdentity);
    }

    /// <summary>
    /// The Bot Connector always names the service URL it posts from in its own tokens; a token without
    /// one could be replayed with any service URL, i.e. a reply address the sender chooses.
    /// </summary>
    private static string? CheckBotFrameworkClaims(JsonWebToken token, Activity activity)
    {
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return "Bot Framework token has no serviceurl claim";
        }

        return SameServiceUrl(serviceUrl, activity.ServiceUrl) ? null : ServiceUrlMismatch(serviceUrl, activity);
    }

    /// <summary>
    /// Any app of an accepted tenant can get an Entra token for our app id, so the audience says
    /// nothing about the sender: the caller app (v1 <c>appid</c>, v2 <c>azp</c>) must be a trusted one.
    /// </summary>
    private string? CheckEntraClaims(JsonWebToken token, EntraIssuer issuer, Activity activity)
    {
        var callerClaim = issuer.Version == 1 ? AppIdClaim : AuthorizedPartyClaim;
        if (!token.TryGetPayloadValue<string>(callerClaim, out var caller) || string.IsNullOrWhiteSpace(caller))
        {
            return $"Entra v{issuer.Version} token has no {callerClaim} claim";
        }

        if (!_trustedCallers.Contains(caller))
        {
            return $"Entra token's {callerClaim} '{UntrustedText.Bound(caller)}' is not in BotAuthentication:TrustedCallerAppIds";
        }

        if (token.TryGetPayloadValue<string>(TenantIdClaim, out var tenant)
            && !string.Equals(tenant, issuer.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return $"Entra token's tid '{UntrustedText.Bound(tenant)}' is not its issuer's tenant";
        }

        // Entra tokens need not name a service URL; when one does, it must be the activity's.
        return token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) && !SameServiceUrl(serviceUrl, activity.ServiceUrl)
            ? ServiceUrlMismatch(serviceUrl, activity)
            : null;
    }

    private static string ServiceUrlMismatch(string claim, Activity activity) =>
        $"serviceurl claim '{UntrustedText.Bound(claim)}' does not match the activity's '{UntrustedText.Bound(activity.ServiceUrl)}'";

    private async Task<SigningMetadata?> FetchIfDueAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var last = _lastKeyHunt.GetOrAdd(metadataUrl, DateTimeOffset.MinValue);
        if (now - last < KeyHuntInterval || !_lastKeyHunt.TryUpdate(metadataUrl, now, last))
        {
            return null;
        }

        try
        {
            var retriever = new HttpDocumentRetriever(_httpClientFactory.CreateClient(MetadataHttpClientName))
            {
                RequireHttps = _options.RequireHttpsMetadata,
            };
            return await new EndorsedMetadataRetriever().GetConfigurationAsync(metadataUrl, retriever, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            LogMetadataRefetchFailed(ex, metadataUrl);
            return null;
        }
    }

    private static bool TryGetBearerToken(string? header, out string token)
    {
        const string scheme = "Bearer ";
        token = string.Empty;
        if (header is null || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = header[scheme.Length..].Trim();
        return token.Length > 0;
    }

    private static bool SameServiceUrl(string claim, string? activityServiceUrl) =>
        activityServiceUrl is not null
        && string.Equals(claim.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, EntraIssuer> BuildEntraIssuers(BotAuthenticationOptions options, BotOptions bot)
    {
        var tenants = options.BotFrameworkTenantIds.ToList();
        if (!string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId))
        {
            tenants.Add(bot.MicrosoftAppTenantId.Trim());
        }

        var issuers = new Dictionary<string, EntraIssuer>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            issuers[$"https://sts.windows.net/{tenant}/"] = new EntraIssuer(tenant, 1);
            issuers[$"https://login.microsoftonline.com/{tenant}/v2.0"] = new EntraIssuer(tenant, 2);
        }

        return issuers;
    }

    private string EntraMetadataUrl() =>
        _bot.IsTenantBound
            ? _options.EntraTenantOpenIdMetadataUrlTemplate.Replace("{tenantId}", Uri.EscapeDataString(_bot.MicrosoftAppTenantId.Trim()), StringComparison.Ordinal)
            : _options.EntraOpenIdMetadataUrl;

    private ConfigurationManager<SigningMetadata> CreateManager(string metadataUrl)
    {
        var retriever = new HttpDocumentRetriever(_httpClientFactory.CreateClient(MetadataHttpClientName))
        {
            RequireHttps = _options.RequireHttpsMetadata,
        };
        return new ConfigurationManager<SigningMetadata>(metadataUrl, new EndorsedMetadataRetriever(), retriever)
        {
            AutomaticRefreshInterval = _options.MetadataRefreshInterval,
        };
    }

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var skew = parameters.ClockSkew;
        return expires is { } exp
            && (notBefore is not { } nbf || (nbf <= exp && nbf <= now + skew))
            && exp >= now - skew;
    }

    private TokenValidationParameters CreateParameters(string issuer, SigningMetadata metadata) => new()
    {
        ValidIssuer = issuer,
        // The app id only: neither SDK (botbuilder-dotnet ChannelValidation/SkillValidation,
        // Agents-for-net AspNetExtensions, which insists on GUID audiences) accepts api://{appId}.
        ValidAudience = _bot.MicrosoftAppId,
        IssuerSigningKeys = metadata.SigningKeys,
        // A token must name a key the issuer publishes; trying every key would blur which
        // key's endorsements apply.
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = _options.ClockSkew,
        // The library reads the system clock unless told otherwise; the bot's clock is injected.
        LifetimeValidator = IsWithinLifetime,
        // The keys come from the issuer's metadata over HTTPS; their certificates are not chained
        // to a root we could check.
        ValidateIssuerSigningKey = false,
    };

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Signing metadata from {MetadataUrl} is unavailable")]
    private partial void LogMetadataUnavailable(Exception exception, string metadataUrl);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Signing metadata from {MetadataUrl} could not be fetched again")]
    private partial void LogMetadataRefetchFailed(Exception exception, string metadataUrl);

    /// <summary>An accepted Entra issuer: its tenant, and whether it issues v1 or v2 tokens.</summary>
    private sealed record EntraIssuer(string TenantId, int Version);
}
