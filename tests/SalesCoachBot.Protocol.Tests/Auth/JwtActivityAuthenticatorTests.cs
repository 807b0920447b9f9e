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

namespace SalesCoachBot.Protocol.Tests.Auth;

public sealed class JwtActivityAuthenticatorTests(AuthMetadataServer metadata) : IClassFixture<AuthMetadataServer>, IDisposable
{
    private const string AppId = "0b6e2a54-5c0e-4f0e-9c1f-1f2b3c4d5e6f";
    private const string AppTenant = "7a1c2e3f-0000-4000-8000-00000000aaaa";
    private const string OtherTenant = "9d9d9d9d-0000-4000-8000-00000000bbbb";
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string BotFrameworkIssuer = "https://api.botframework.com";

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
    public async Task AuthenticateAsync_AudienceAsApiUri_Accepted()
    {
        var token = Token(metadata.TeamsKey, AuthMetadataServer.TeamsKeyId, audience: "api://" + AppId);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
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
    [InlineData("https://sts.windows.net/" + AppTenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + AppTenant + "/v2.0")]
    [InlineData("https://sts.windows.net/" + BotFrameworkTenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + BotFrameworkTenant + "/v2.0")]
    public async Task AuthenticateAsync_EntraTokenOfAcceptedTenant_Accepted(string issuer)
    {
        var token = Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: issuer, serviceUrl: null);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + OtherTenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + OtherTenant + "/v2.0")]
    public async Task AuthenticateAsync_EntraTokenOfAnotherTenant_Refused(string issuer)
    {
        var token = Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: issuer, serviceUrl: null);

        var outcome = await Authenticator().AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("untrusted issuer", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_SingleTenantBot_UsesTenantMetadata()
    {
        var authenticator = Authenticator(appType: "SingleTenant");
        var before = metadata.Server.Requests.Count(r => r.RawTarget.StartsWith($"/tenants/{AppTenant}/", StringComparison.Ordinal));
        var token = Token(metadata.EntraKey, AuthMetadataServer.EntraKeyId, issuer: $"https://login.microsoftonline.com/{AppTenant}/v2.0");

        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
        Assert.Equal(before + 1, metadata.Server.Requests.Count(r => r.RawTarget.StartsWith($"/tenants/{AppTenant}/", StringComparison.Ordinal)));
    }

    private static Activity TeamsActivity() => new() { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ServiceUrl };

    private IActivityAuthenticator Authenticator(
        string appId = AppId,
        string appType = "MultiTenant",
        string? botFrameworkMetadataUrl = null,
        DateTimeOffset? now = null)
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
        DateTimeOffset? expires = null)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
        return Sign(credentials, issuer, audience, serviceUrl, notBefore, expires);
    }

    private static string Sign(SigningCredentials credentials, string issuer, string audience, string? serviceUrl, DateTimeOffset? notBefore = null, DateTimeOffset? expires = null)
    {
        var claims = new Dictionary<string, object>();
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
