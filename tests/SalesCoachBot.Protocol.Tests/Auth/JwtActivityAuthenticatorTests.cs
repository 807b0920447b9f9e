using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Tests.TestSupport;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Protocol.Tests.Auth;

public sealed class JwtActivityAuthenticatorTests(AuthMetadataServer metadata) : IClassFixture<AuthMetadataServer>, IDisposable
{
    private const string AppId = "0b6e2a54-5c0e-4f0e-9c1f-1f2b3c4d5e6f";
    private const string AppTenant = "7a1c2e3f-0000-4000-8000-00000000aaaa";
    private const string OtherTenant = "9d9d9d9d-0000-4000-8000-00000000bbbb";
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string BotFrameworkIssuer = "https://api.botframework.com";

    // The caller app an operator trusts, and another app of the same tenant that is not trusted.
    private const string TrustedCaller = "3c4d5e6f-1111-4222-8333-444455556666";
    private const string OtherAppOfTheTenant = "8e8e8e8e-1111-4222-8333-777788889999";

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly List<ServiceProvider> _providers = [];

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    [Fact]
    public async Task AuthenticateAsync_ValidBotFrameworkToken_Accepted()
    {
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
        Assert.Equal(AppId, outcome.Identity!.FindFirst("aud")!.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRolledOverAfterMetadataWasCached_RefetchesKeysAndAccepts()
    {
        var authenticator = Authenticator();
        var before = await authenticator.AuthenticateAsync("Bearer " + Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId), TeamsActivity(), CancellationToken.None);
        Assert.True(before.IsAuthenticated, before.FailureReason);

        metadata.RollOver();
        var outcome = await authenticator.AuthenticateAsync("Bearer " + Token(metadata.RolledKey, AuthMetadataServer.RolledKeyId), TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Theory]
    [InlineData("expired", "token expired")]
    [InlineData("not-yet-valid", "token not yet valid")]
    [InlineData("wrong-issuer", "untrusted issuer")]
    [InlineData("wrong-audience", "SecurityTokenInvalidAudienceException")]
    [InlineData("wrong-serviceurl", "serviceurl claim")]
    [InlineData("alg-none", "SecurityTokenInvalidSignatureException")]
    [InlineData("hs256", "SecurityTokenInvalidSignatureException")]
    [InlineData("unknown-kid", "SecurityTokenSignatureKeyNotFoundException")]
    [InlineData("other-channel-key", "not endorsed for channel 'msteams'")]
    [InlineData("no-bearer", "missing bearer token")]
    public async Task AuthenticateAsync_BadToken_RefusedWithReason(string scenario, string expectedReason)
    {
        var header = "Bearer " + scenario switch
        {
            "expired" => Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, notBefore: Now.AddHours(-2), expires: Now.AddMinutes(-6)),
            "not-yet-valid" => Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, notBefore: Now.AddMinutes(6), expires: Now.AddHours(1)),
            "wrong-issuer" => Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, issuer: "https://api.botframework.com.evil.example"),
            "wrong-audience" => Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, audience: "11111111-2222-3333-4444-555555555555"),
            "wrong-serviceurl" => Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, serviceUrl: "https://attacker.example/amer/"),
            "alg-none" => UnsignedToken(),
            "hs256" => Hs256Token(),
            "unknown-kid" => UnknownKeyToken(),
            "other-channel-key" => Token(metadata.WebChatKey, AuthMetadataServer.WebChatKeyId),
            "no-bearer" => string.Empty,
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var outcome = await Authenticator().AuthenticateAsync(header, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Null(outcome.Identity);
        Assert.Contains(expectedReason, outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Accepted()
    {
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-4));

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersInCaseAndTrailingSlash_Accepted()
    {
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, serviceUrl: "https://SMBA.trafficmanager.net/amer");

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_AudienceAsApiUri_Refused()
    {
        // Neither Microsoft SDK accepts api://{appId} as the audience of an inbound activity.
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, audience: "api://" + AppId);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("SecurityTokenInvalidAudienceException", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AuthenticateAsync_BotFrameworkTokenWithoutServiceUrl_Refused(string? serviceUrl)
    {
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, serviceUrl: serviceUrl);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Null(outcome.Identity);
        Assert.Equal("Bot Framework token has no serviceurl claim", outcome.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_BotFrameworkTokenWithServiceUrlAsANumber_Refused()
    {
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, serviceUrl: null, claims: new() { ["serviceurl"] = 443 });

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Null(outcome.Identity);
    }

    [Fact]
    public async Task AuthenticateAsync_UntrustedIssuerOfTenThousandCharacters_ReasonIsBounded()
    {
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, issuer: "https://evil.example/" + new string('a', 10_000) + "\r\nforged");

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.StartsWith("untrusted issuer 'https://evil.example/aaa", outcome.FailureReason, StringComparison.Ordinal);
        Assert.InRange(outcome.FailureReason!.Length, 1, 120);
        Assert.DoesNotContain('\n', outcome.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_WebChatKeyOnWebChatChannel_Accepted()
    {
        var token = Token(metadata.WebChatKey, AuthMetadataServer.WebChatKeyId);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity() with { ChannelId = "webchat" }, CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_TwoRequests_FetchesMetadataOnce()
    {
        var authenticator = Authenticator();
        var before = metadata.Server.Requests.Count(r => r.RawTarget == "/bf/keys");

        var first = await authenticator.AuthenticateAsync("Bearer " + Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId), TeamsActivity(), CancellationToken.None);
        var second = await authenticator.AuthenticateAsync("Bearer " + Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId), TeamsActivity(), CancellationToken.None);

        Assert.True(first.IsAuthenticated && second.IsAuthenticated);
        Assert.Equal(before + 1, metadata.Server.Requests.Count(r => r.RawTarget == "/bf/keys"));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_RefusedNotThrown()
    {
        var authenticator = Authenticator(botFrameworkMetadataUrl: metadata.Server.BaseUri + "nowhere");

        var outcome = await authenticator.AuthenticateAsync("Bearer " + Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId), TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.StartsWith("signing metadata unavailable", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_LocalModeWithoutToken_AcceptedAnonymously()
    {
        var authenticator = Authenticator(appId: string.Empty);

        var outcome = await authenticator.AuthenticateAsync(null, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated);
        Assert.Null(outcome.Identity);
    }

    [Fact]
    public async Task AuthenticateAsync_RecordedTeamsToken_AcceptedForTeamsRefusedForWebChat()
    {
        var token = JsonDocument.Parse(await File.ReadAllTextAsync(SharedFiles.TeamsFixture("botframework-jwt-sample.json")))
            .RootElement.GetProperty("token").GetString();
        var authenticator = Authenticator(
            appId: "5710acff-f313-453f-8b75-44fff54bab14",
            botFrameworkMetadataUrl: metadata.SampleMetadataUrl,
            now: DateTimeOffset.Parse("2020-07-16T18:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var activity = new Activity { ChannelId = "msteams", ServiceUrl = "https://smba.trafficmanager.net/amer/" };

        var teams = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);
        var webChat = await authenticator.AuthenticateAsync("Bearer " + token, activity with { ChannelId = "webchat" }, CancellationToken.None);

        Assert.True(teams.IsAuthenticated, teams.FailureReason);
        Assert.False(webChat.IsAuthenticated);
        Assert.Contains("not endorsed", webChat.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_RecordedTeamsTokenAtTodaysTime_RefusedAsExpired()
    {
        var token = JsonDocument.Parse(await File.ReadAllTextAsync(SharedFiles.TeamsFixture("botframework-jwt-sample.json")))
            .RootElement.GetProperty("token").GetString();
        var authenticator = Authenticator(appId: "5710acff-f313-453f-8b75-44fff54bab14", botFrameworkMetadataUrl: metadata.SampleMetadataUrl);

        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.Equal("token expired", outcome.FailureReason);
    }

    [Theory]
    [InlineData(AppTenant, 1)]
    [InlineData(AppTenant, 2)]
    [InlineData(BotFrameworkTenant, 1)]
    [InlineData(BotFrameworkTenant, 2)]
    public async Task AuthenticateAsync_EntraTokenOfAcceptedTenantFromATrustedCaller_Accepted(string tenant, int version)
    {
        var token = EntraToken(tenant, version, TrustedCaller);

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromATrustedCallerInAnotherCase_Accepted()
    {
        var token = EntraToken(AppTenant, 2, TrustedCaller.ToUpperInvariant());

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Theory]
    [InlineData(AppTenant, 1, "appid")]
    [InlineData(AppTenant, 2, "azp")]
    [InlineData(BotFrameworkTenant, 1, "appid")]
    [InlineData(BotFrameworkTenant, 2, "azp")]
    public async Task AuthenticateAsync_EntraTokenFromAnotherAppOfTheTenant_Refused(string tenant, int version, string claim)
    {
        // Any app of the tenant can get a token for our app id: the forged identity of the issue.
        var token = EntraToken(tenant, version, OtherAppOfTheTenant);

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Null(outcome.Identity);
        Assert.Equal($"Entra token's {claim} '{OtherAppOfTheTenant}' is not in BotAuthentication:TrustedCallerAppIds", outcome.FailureReason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AuthenticateAsync_EntraTokenWithNoTrustedCallersConfigured_RefusedWithoutFetchingMetadata(int version)
    {
        var before = metadata.Server.Requests.Count(r => r.RawTarget.StartsWith("/entra/", StringComparison.Ordinal));
        var token = EntraToken(AppTenant, version, AppId);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("no BotAuthentication:TrustedCallerAppIds", outcome.FailureReason, StringComparison.Ordinal);
        Assert.Equal(before, metadata.Server.Requests.Count(r => r.RawTarget.StartsWith("/entra/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(1, "azp", "appid")]
    [InlineData(2, "appid", "azp")]
    public async Task AuthenticateAsync_EntraTokenWithTheCallerInTheOtherVersionsClaim_Refused(int version, string presentClaim, string missingClaim)
    {
        var token = Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: EntraIssuer(AppTenant, version), serviceUrl: null,
            claims: new() { [presentClaim] = TrustedCaller, ["tid"] = AppTenant });

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Equal($"Entra v{version} token has no {missingClaim} claim", outcome.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenWhoseTidIsNotItsIssuersTenant_Refused()
    {
        var token = Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: EntraIssuer(AppTenant, 2), serviceUrl: null,
            claims: new() { ["azp"] = TrustedCaller, ["tid"] = OtherTenant });

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("is not its issuer's tenant", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromATrustedCallerWithAnotherServiceUrl_Refused()
    {
        var token = Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: EntraIssuer(AppTenant, 2), serviceUrl: "https://attacker.example/amer/",
            claims: new() { ["azp"] = TrustedCaller, ["tid"] = AppTenant });

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("serviceurl claim", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromATrustedCallerForAnotherAudience_Refused()
    {
        var token = EntraToken(AppTenant, 2, TrustedCaller, audience: "11111111-2222-3333-4444-555555555555");

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("SecurityTokenInvalidAudienceException", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + OtherTenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + OtherTenant + "/v2.0")]
    public async Task AuthenticateAsync_EntraTokenOfAnotherTenant_Refused(string issuer)
    {
        var token = Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: issuer, serviceUrl: null);

        var outcome = await Authenticator(trustedCallers: [TrustedCaller]).AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("untrusted issuer", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_SingleTenantBot_UsesTenantMetadata()
    {
        var authenticator = Authenticator(appType: "SingleTenant", trustedCallers: [TrustedCaller]);
        var before = metadata.Server.Requests.Count(r => r.RawTarget.StartsWith($"/tenants/{AppTenant}/", StringComparison.Ordinal));
        var token = EntraToken(AppTenant, 2, TrustedCaller);

        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
        Assert.Equal(before + 1, metadata.Server.Requests.Count(r => r.RawTarget.StartsWith($"/tenants/{AppTenant}/", StringComparison.Ordinal)));
    }

    private static Activity TeamsActivity() => new() { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ServiceUrl };

    private IActivityAuthenticator Authenticator(
        string appId = AppId,
        string appType = "MultiTenant",
        string? botFrameworkMetadataUrl = null,
        DateTimeOffset? now = null,
        string[]? trustedCallers = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = "not-used",
            ["MicrosoftAppTenantId"] = AppTenant,
            ["MicrosoftAppType"] = appType,
            ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = botFrameworkMetadataUrl ?? metadata.BotFrameworkMetadataUrl,
            ["BotAuthentication:EntraOpenIdMetadataUrl"] = metadata.EntraMetadataUrl,
            ["BotAuthentication:EntraTenantOpenIdMetadataUrlTemplate"] = metadata.EntraTenantMetadataUrlTemplate,
            ["BotAuthentication:RequireHttpsMetadata"] = "false",
        };
        for (var i = 0; i < (trustedCallers?.Length ?? 0); i++)
        {
            configuration[$"BotAuthentication:TrustedCallerAppIds:{i}"] = trustedCallers![i];
        }

        var provider = ProtocolServices.Build(configuration, now is null ? _time : new FakeTimeProvider(now.Value));
        _providers.Add(provider);
        return provider.GetRequiredService<IActivityAuthenticator>();
    }

    private static string Token(
        RSA key,
        string keyId,
        string issuer = BotFrameworkIssuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        Dictionary<string, object>? claims = null)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
        return Sign(credentials, issuer, audience, serviceUrl, notBefore, expires, claims);
    }

    private static string EntraIssuer(string tenant, int version) =>
        version == 1 ? $"https://sts.windows.net/{tenant}/" : $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>An app-only Entra access token as Entra shapes it: v1 names the caller in appid, v2 in azp.</summary>
    private string EntraToken(string tenant, int version, string caller, string audience = AppId) =>
        Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: EntraIssuer(tenant, version), audience: audience, serviceUrl: null,
            claims: new()
            {
                [version == 1 ? "appid" : "azp"] = caller,
                ["tid"] = tenant,
                ["ver"] = version == 1 ? "1.0" : "2.0",
                ["idtyp"] = "app",
            });

    private static string Sign(
        SigningCredentials credentials,
        string issuer,
        string audience,
        string? serviceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        Dictionary<string, object>? extraClaims = null)
    {
        var claims = new Dictionary<string, object>(extraClaims ?? []);
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = (notBefore ?? Now.AddMinutes(-5)).UtcDateTime,
            Expires = (expires ?? Now.AddMinutes(55)).UtcDateTime,
            IssuedAt = (notBefore ?? Now.AddMinutes(-5)).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    private static string UnsignedToken()
    {
        static string Part(object value) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        var header = Part(new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = AuthMetadataServer.TeamsKeyId });
        var payload = Part(new Dictionary<string, object>
        {
            ["iss"] = BotFrameworkIssuer,
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
            ["nbf"] = Now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = Now.AddMinutes(55).ToUnixTimeSeconds(),
        });
        return $"{header}.{payload}.";
    }

    private static string Hs256Token()
    {
        // The classic confusion attack: an HMAC "signed" with bytes the attacker knows, under an RSA key's id.
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = AuthMetadataServer.TeamsKeyId };
        return Sign(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256), BotFrameworkIssuer, AppId, ServiceUrl);
    }

    private static string UnknownKeyToken()
    {
        using var stranger = RSA.Create(2048);
        return Token(stranger, "never-published");
    }
}
