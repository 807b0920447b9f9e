using System.Net;
using System.Text.Json;
using Moq;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Get_DatabaseUp_HealthyWithTheDatabaseCheckAndVersionOnly()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("version").GetString()));
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
        // Anyone may call /healthz; it must not tell them that authentication is off.
        Assert.Equal(["status", "version", "checks"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Get_DatabaseUnreachable_503UnhealthyWithoutTheErrorText()
    {
        // Nothing listens on port 1: the database check cannot open a connection.
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:MigrateOnStartup"] = "false",
            ["ConnectionStrings:SalesCoach"] = "Host=127.0.0.1;Port=1;Database=salescoach;Username=bot;Password=secret-password;Timeout=2",
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.DoesNotContain("secret-password", body, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
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
