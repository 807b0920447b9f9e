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
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("http://localhost.evil.example/", false)]
    [InlineData("http://192.168.1.10:3978/", false)]
    [InlineData("https://attacker.example/", false)]
    public void IsTrusted_LocalMode_AddsLoopback(string url, bool expected)
    {
        Assert.Equal(expected, Policy(localMode: true).IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/", true)]
    [InlineData("https://a.b.sovcloud.example/", true)]
    [InlineData("https://sovcloud.example/", false)]
    [InlineData("http://smba.infra.gov.teams.microsoft.us/", false)]
    [InlineData("http://127.0.0.1:9000/", true)]
    [InlineData("http://localhost:9000/", false)]
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
