using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using SalesCoachBot.Protocol.Tests.TestSupport;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Protocol.Tests.Auth;

/// <summary>
/// OpenID metadata and keys on loopback: Bot Framework keys with endorsements (<c>/bf</c>), Entra
/// keys (<c>/entra</c>, and per tenant under <c>/tenants/{id}</c>), and the recorded Bot Framework
/// keys document (<c>/sample</c>).
/// </summary>
public sealed class AuthMetadataServer : IAsyncLifetime
{
    public const string TeamsKeyId = "teams-key";
    public const string WebChatKeyId = "webchat-key";
    public const string EntraKeyId = "entra-key";
    public const string RolledKeyId = "rolled-key";

    private LoopbackServer _server = null!;

    public RSA TeamsKey { get; } = RSA.Create(2048);

    public RSA WebChatKey { get; } = RSA.Create(2048);

    public RSA EntraKey { get; } = RSA.Create(2048);

    /// <summary>A Bot Framework key published only once <see cref="RollOver"/> is called: a key rollover.</summary>
    public RSA RolledKey { get; } = RSA.Create(2048);

    private volatile bool _rolledOver;

    public void RollOver() => _rolledOver = true;

    internal LoopbackServer Server => _server;

    public string BotFrameworkMetadataUrl => _server.BaseUri + "bf/.well-known/openidconfiguration";

    public string EntraMetadataUrl => _server.BaseUri + "entra/v2.0/.well-known/openid-configuration";

    public string EntraTenantMetadataUrlTemplate => _server.BaseUri + "tenants/{tenantId}/v2.0/.well-known/openid-configuration";

    public string SampleMetadataUrl => _server.BaseUri + "sample/.well-known/openidconfiguration";

    public async Task InitializeAsync()
    {
        var botFrameworkKeys = KeySet(
            (TeamsKeyId, TeamsKey, ["msteams", "skype"]),
            (WebChatKeyId, WebChatKey, ["webchat"]));
        var rolledKeys = KeySet(
            (TeamsKeyId, TeamsKey, ["msteams", "skype"]),
            (WebChatKeyId, WebChatKey, ["webchat"]),
            (RolledKeyId, RolledKey, ["msteams"]));
        var entraKeys = KeySet((EntraKeyId, EntraKey, null));
        var sampleKeys = await File.ReadAllTextAsync(SharedFiles.TeamsFixture("botframework-keys-sample.json"));

        _server = await LoopbackServer.StartAsync(async (context, request) =>
        {
            var origin = $"http://{context.Request.Host}";
            var path = context.Request.Path.Value ?? string.Empty;
            context.Response.ContentType = "application/json";
            if (path.EndsWith("/.well-known/openidconfiguration", StringComparison.Ordinal)
                || path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
            {
                var family = path.StartsWith("/tenants/", StringComparison.Ordinal) ? "entra" : path.Split('/')[1];
                await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["issuer"] = "https://issuer.example",
                    ["jwks_uri"] = $"{origin}/{family}/keys",
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                }));
            }
            else if (path == "/bf/keys")
            {
                await context.Response.WriteAsync(_rolledOver ? rolledKeys : botFrameworkKeys);
            }
            else if (path == "/entra/keys")
            {
                await context.Response.WriteAsync(entraKeys);
            }
            else if (path == "/sample/keys")
            {
                await context.Response.WriteAsync(sampleKeys);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        TeamsKey.Dispose();
        WebChatKey.Dispose();
        EntraKey.Dispose();
        RolledKey.Dispose();
    }

    private static string KeySet(params (string Kid, RSA Key, string[]? Endorsements)[] keys) =>
        JsonSerializer.Serialize(new
        {
            keys = keys.Select(k =>
            {
                var parameters = k.Key.ExportParameters(false);
                var jwk = new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = k.Kid,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                };
                if (k.Endorsements is not null)
                {
                    jwk["endorsements"] = k.Endorsements;
                }

                return jwk;
            }),
        });
}
