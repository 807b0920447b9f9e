using System.Net;
using System.Text.Json;
using Moq;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Get_LocalMode_ReportsOkAndVersionOnly()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("version").GetString()));
        // Anyone may call /healthz; it must not tell them that authentication is off.
        Assert.Equal(["status", "version"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Get_LocalModeOrWithAnAppId_SameAnswer()
    {
        await using var local = new BotWebApplicationFactory();
        await using var configured = new BotWebApplicationFactory(appId: "5710acff-f313-453f-8b75-44fff54bab14", authenticator: Mock.Of<IActivityAuthenticator>());
        using var localClient = local.CreateClient();
        using var configuredClient = configured.CreateClient();

        var localBody = await localClient.GetStringAsync("/healthz");
        var configuredBody = await configuredClient.GetStringAsync("/healthz");

        Assert.Equal(localBody, configuredBody);
        Assert.DoesNotContain(configured.Logs.Entries, e => e.EventId == 1201);
    }
}
