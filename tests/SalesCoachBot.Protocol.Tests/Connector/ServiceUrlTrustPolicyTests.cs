using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Protocol.Tests.Connector;

public sealed class ServiceUrlTrustPolicyTests
{
    [Theory]
    // Teams, public cloud: the regional and tenant-suffixed forms Teams sends.
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/", true)]
    [InlineData("https://smba.trafficmanager.net:443/apac/", true)]
    [InlineData("https://SMBA.TrafficManager.NET/amer/", true)]
    [InlineData("https://smba.onyx.prod.teams.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://europe.directline.botframework.com/", true)]
    // Look-alikes and downgrades.
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://evil.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/", false)]
    [InlineData("https://evil-smba.trafficmanager.net/amer/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net@evil.example/amer/", false)]
    [InlineData("https://user@smba.trafficmanager.net/amer/", false)]
    [InlineData("ftp://smba.trafficmanager.net/amer/", false)]
    // Other clouds need configuration.
    [InlineData("https://smba.infra.gov.teams.microsoft.us/", false)]
    // Loopback only in local mode.
    [InlineData("http://localhost:56150/_connector", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    [InlineData("http://[::1]:3978/", false)]
    [InlineData("http://localhost.evil.example/", false)]
    public void IsTrusted_WithAppId_OnlyKnownHttpsHosts(string url, bool expected)
    {
        Assert.Equal(expected, Policy(localMode: false).IsTrusted(new Uri(url)));
    }

    [Theory]
    // What the client calls: the service URL with the connector route appended. The Agents
    // Playground's (PLAYGROUND.md), a stand-in connector at the root, and a regional prefix.
    [InlineData("http://localhost:56150/_connector/v3/conversations/a%3A1/activities", true)]
    [InlineData("http://localhost:56150/_connector/v3/conversations/a%3A1/activities/1%3Aabc", true)]
    [InlineData("http://localhost:56150/_connector/v3/conversations/a%3A1/members/user-id-0", true)]
    [InlineData("http://localhost:56150/_connector/v3/conversations", true)]
    [InlineData("http://127.0.0.1:3978/v3/conversations/a%3A1/activities", true)]
    [InlineData("http://[::1]:3978/v3/conversations/a%3A1/activities", true)]
    [InlineData("http://127.0.0.1:9000/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/v3/conversations/a%3A1/activities", true)]
    // Any other local port and path an activity could name.
    [InlineData("http://127.0.0.1:3978/", false)]
    [InlineData("http://localhost:56150/_connector", false)]
    [InlineData("http://127.0.0.1:2375/containers/create", false)]
    [InlineData("http://127.0.0.1:8500/v1/agent/service/register", false)]
    [InlineData("http://127.0.0.1:9200/_all/v3/conversations/x/activities/../../../_delete", false)]
    [InlineData("http://127.0.0.1:3978/a/b/c/v3/conversations/x/activities", false)]
    [InlineData("http://127.0.0.1:3978/v3/conversationsx", false)]
    [InlineData("http://127.0.0.1:3978/v3/conversations/%2e%2e/activities", false)]
    [InlineData("http://127.0.0.1:3978/admin?next=/v3/conversations/x/activities", false)]
    [InlineData("http://127.0.0.1:3978/admin#/v3/conversations/x/activities", false)]
    [InlineData("http://127.0.0.1:3978/v3/conversations/x/activities?x=1", false)]
    [InlineData("http://user:pw@127.0.0.1:3978/v3/conversations/x/activities", false)]
    [InlineData("ftp://127.0.0.1/v3/conversations/x/activities", false)]
    // Not loopback: local mode has no token, so no Teams host, and certainly nothing else.
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities", false)]
    [InlineData("http://localhost.evil.example/v3/conversations/a%3A1/activities", false)]
    [InlineData("http://192.168.1.10:3978/v3/conversations/a%3A1/activities", false)]
    [InlineData("https://attacker.example/v3/conversations/a%3A1/activities", false)]
    public void IsTrusted_LocalMode_OnlyLoopbackConnectorRoutes(string url, bool expected)
    {
        Assert.Equal(expected, Policy(localMode: true).IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/", true)]
    [InlineData("https://a.b.sovcloud.example/", true)]
    [InlineData("https://sovcloud.example/", false)]
    [InlineData("http://smba.infra.gov.teams.microsoft.us/", false)]
    [InlineData("http://127.0.0.1:9000/v3/conversations/a%3A1/activities", true)]
    [InlineData("http://127.0.0.1:9000/", false)]
    [InlineData("http://localhost:9000/v3/conversations/a%3A1/activities", false)]
    public void IsTrusted_ConfiguredHosts_Added(string url, bool expected)
    {
        var policy = Policy(localMode: false, "smba.infra.gov.teams.microsoft.us", "*.sovcloud.example", "127.0.0.1");

        Assert.Equal(expected, policy.IsTrusted(new Uri(url)));
    }

    private static ServiceUrlTrustPolicy Policy(bool localMode, params string[] extraHosts)
    {
        var connector = new BotConnectorOptions();
        foreach (var host in extraHosts)
        {
            connector.AdditionalTrustedHosts.Add(host);
        }

        var bot = new BotOptions { MicrosoftAppId = localMode ? string.Empty : "app-id", MicrosoftAppPassword = "pw" };
        return new ServiceUrlTrustPolicy(Options.Create(bot), Options.Create(connector));
    }
}
