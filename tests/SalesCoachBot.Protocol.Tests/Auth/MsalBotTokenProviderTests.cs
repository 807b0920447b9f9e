using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Tests.TestSupport;

namespace SalesCoachBot.Protocol.Tests.Auth;

public sealed class MsalBotTokenProviderTests
{
    private const string AppId = "0b6e2a54-5c0e-4f0e-9c1f-1f2b3c4d5e6f";
    private const string Tenant = "7a1c2e3f-0000-4000-8000-00000000aaaa";

    [Fact]
    public async Task GetTokenAsync_TwoCalls_OneTokenRequestToBotFrameworkTenant()
    {
        var entra = new StubEntraHandler();
        using var provider = Build("MultiTenant", AppId, entra);
        var tokens = provider.GetRequiredService<IBotTokenProvider>();

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("issued-token-1", first);
        Assert.Equal(first, second);
        var request = Assert.Single(entra.TokenRequests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.Path);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + AppId, request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_AsksTheAppTenant()
    {
        var entra = new StubEntraHandler();
        using var provider = Build("SingleTenant", AppId, entra);

        await provider.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal($"/{Tenant}/oauth2/v2.0/token", Assert.Single(entra.TokenRequests).Path);
    }

    [Fact]
    public async Task GetTokenAsync_LocalMode_NullWithoutAnyRequest()
    {
        var entra = new StubEntraHandler();
        using var provider = Build("MultiTenant", string.Empty, entra);

        var token = await provider.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Equal(0, entra.AllRequests);
    }

    private static ServiceProvider Build(string appType, string appId, StubEntraHandler entra) =>
        ProtocolServices.Build(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = appId,
                ["MicrosoftAppPassword"] = appId.Length == 0 ? string.Empty : "secret",
                ["MicrosoftAppTenantId"] = Tenant,
                ["MicrosoftAppType"] = appType,
            },
            TimeProvider.System,
            services => services.AddHttpClient(MsalBotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => entra));

    /// <summary>Stands in for Entra ID, which the project does not own: answers instance discovery and token requests.</summary>
    private sealed class StubEntraHandler : HttpMessageHandler
    {
        private int _issued;
        private int _all;

        public List<(string Path, string Body)> TokenRequests { get; } = [];

        public int AllRequests => _all;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _all);
            var path = request.RequestUri!.AbsolutePath;
            if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                var body = await request.Content!.ReadAsStringAsync(cancellationToken);
                lock (TokenRequests)
                {
                    TokenRequests.Add((path, body));
                }

                var number = Interlocked.Increment(ref _issued);
                return Json($$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"issued-token-{{number}}"}""");
            }

            if (path.EndsWith("/discovery/instance", StringComparison.Ordinal))
            {
                return Json("""
                    {"tenant_discovery_endpoint":"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration","api-version":"1.1",
                     "metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net",
                                  "aliases":["login.microsoftonline.com","login.windows.net","login.microsoft.com","sts.windows.net"]}]}
                    """);
            }

            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }
}
