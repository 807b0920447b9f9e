using System.Net;
using System.Text.Json;
using Moq;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Get_LocalMode_ReportsOkAndLocalMode()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("localMode").GetBoolean());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Get_WithAnAppId_ReportsNotLocalModeAndLogsNoLocalModeWarning()
    {
        await using var factory = new BotWebApplicationFactory(appId: "5710acff-f313-453f-8b75-44fff54bab14", authenticator: Mock.Of<IActivityAuthenticator>());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("localMode").GetBoolean());
        Assert.DoesNotContain(factory.Logs.Entries, e => e.EventId == 1201);
    }
}
