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
/// against the activity, and the signing key's channel endorsements against the activity's channel.
/// </summary>
internal sealed class JwtActivityAuthenticator : IActivityAuthenticator
{
    /// <summary>The named <see cref="HttpClient"/> that fetches OpenID metadata and keys.</summary>
    public const string MetadataHttpClientName = "SalesCoachBot.BotMetadata";

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
    private readonly HashSet<string> _entraIssuers;

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
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_bot.IsLocalMode)
        {
            // Local clients (the Agents Playground) send no token; there is no app id to check one against.
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
        if (string.Equals(issuer, _options.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            metadataUrl = _options.BotFrameworkOpenIdMetadataUrl;
        }
        else if (issuer is not null && _entraIssuers.Contains(issuer))
        {
            metadataUrl = EntraMetadataUrl();
        }
        else
        {
            return AuthenticationOutcome.Fail($"untrusted issuer '{issuer}'");
        }

        var manager = _metadata.GetOrAdd(metadataUrl, CreateManager);
        SigningMetadata metadata;
        try
        {
            metadata = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            _logger.LogWarning(ex, "Signing metadata from {MetadataUrl} is unavailable", metadataUrl);
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

            return AuthenticationOutcome.Fail($"invalid token: {result.Exception?.GetType().Name}: {result.Exception?.Message}");
        }

        var validated = (JsonWebToken)result.SecurityToken;
        if (validated.TryGetPayloadValue<string>("serviceurl", out var serviceUrlClaim)
            && !SameServiceUrl(serviceUrlClaim, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Fail($"serviceurl claim '{serviceUrlClaim}' does not match the activity's '{activity.ServiceUrl}'");
        }

        var endorsements = metadata.EndorsementsOf(validated.SigningKey?.KeyId ?? validated.Kid);
        if (endorsements.Count > 0
            && !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail($"signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        return new AuthenticationOutcome(true, Identity: result.ClaimsIdentity);
    }

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
            _logger.LogWarning(ex, "Signing metadata from {MetadataUrl} could not be fetched again", metadataUrl);
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

    private static HashSet<string> BuildEntraIssuers(BotAuthenticationOptions options, BotOptions bot)
    {
        var tenants = options.BotFrameworkTenantIds.ToList();
        if (!string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId))
        {
            tenants.Add(bot.MicrosoftAppTenantId.Trim());
        }

        var issuers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            issuers.Add($"https://sts.windows.net/{tenant}/");
            issuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
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
        ValidAudiences = [_bot.MicrosoftAppId, $"api://{_bot.MicrosoftAppId}"],
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
}
