using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Tests.TestSupport;

namespace SalesCoachBot.Protocol.Tests;

public sealed class ProtocolServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("app-id", "", "MultiTenant", "", "MicrosoftAppPassword is required")]
    [InlineData("app-id", "secret", "SingleTenant", "", "MicrosoftAppTenantId is required")]
    [InlineData("app-id", "secret", "AnyTenant", "", "MicrosoftAppType")]
    [InlineData("app-id", "", "UserAssignedMSI", "", "MicrosoftAppTenantId is required")]
    public void AddBotProtocol_InvalidBotSettings_FailsAtStart(string appId, string password, string appType, string tenant, string expected)
    {
        using var provider = ProtocolServices.Build(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = appId,
                ["MicrosoftAppPassword"] = password,
                ["MicrosoftAppType"] = appType,
                ["MicrosoftAppTenantId"] = tenant,
            },
            TimeProvider.System);

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotProtocol_ManagedIdentityWithoutSecret_ValidAndTenantBound()
    {
        using var provider = ProtocolServices.Build(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = "0b6e2a54-5c0e-4f0e-9c1f-1f2b3c4d5e6f",
                ["MicrosoftAppPassword"] = string.Empty,
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["MicrosoftAppTenantId"] = "7a1c2e3f-0000-4000-8000-00000000aaaa",
            },
            TimeProvider.System);

        provider.GetRequiredService<IStartupValidator>().Validate();

        var bot = provider.GetRequiredService<IOptions<BotOptions>>().Value;
        Assert.True(bot.IsManagedIdentity);
        Assert.True(bot.IsTenantBound);
        Assert.Equal("https://login.microsoftonline.com/7a1c2e3f-0000-4000-8000-00000000aaaa", MsalBotTokenProvider.Authority(bot));
    }

    [Fact]
    public void AddBotProtocol_TrustedCallerThatIsNotAnAppId_FailsAtStart()
    {
        using var provider = ProtocolServices.Build(
            new Dictionary<string, string?>
            {
                ["BotAuthentication:TrustedCallerAppIds:0"] = "3c4d5e6f-1111-4222-8333-444455556666",
                ["BotAuthentication:TrustedCallerAppIds:1"] = "the bot connector",
            },
            TimeProvider.System);

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("TrustedCallerAppIds must hold Entra app ids", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotProtocol_Defaults_TrustNoEntraCaller()
    {
        using var provider = ProtocolServices.Build(new Dictionary<string, string?>(), TimeProvider.System);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Empty(provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.TrustedCallerAppIds);
    }

    [Fact]
    public void AddBotProtocol_RetryDelayOutOfRange_FailsAtStart()
    {
        using var provider = ProtocolServices.Build(
            new Dictionary<string, string?> { ["BotConnector:RetryBaseDelay"] = "00:10:00" },
            TimeProvider.System);

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("RetryBaseDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotProtocol_LocalMode_ValidAndEverythingResolves()
    {
        using var provider = ProtocolServices.Build(
            new Dictionary<string, string?> { ["BotConnector:AdditionalTrustedHosts:0"] = "smba.infra.gov.teams.microsoft.us" },
            TimeProvider.System);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(provider.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode);
        Assert.IsType<JwtActivityAuthenticator>(provider.GetRequiredService<IActivityAuthenticator>());
        Assert.IsType<MsalBotTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
        Assert.IsType<BotConnectorClient>(provider.GetRequiredService<IConnectorClient>());
        Assert.Equal(["smba.infra.gov.teams.microsoft.us"], provider.GetRequiredService<IOptions<BotConnectorOptions>>().Value.AdditionalTrustedHosts);
    }
}
