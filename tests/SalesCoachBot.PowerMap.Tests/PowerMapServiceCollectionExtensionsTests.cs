using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.PowerMap.Tests;

public sealed class PowerMapServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddPowerMap_BotPublicBaseUrlAndSection_BindsAndPublishesThere()
    {
        await using var provider = Build(new()
        {
            ["Bot:PublicBaseUrl"] = "https://bot.contoso.com",
            ["PowerMap:MaxImages"] = "7",
            ["PowerMap:ImageLifetime"] = "00:05:00",
        });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<PowerMapOptions>>().Value;
        var url = await provider.GetRequiredService<IPowerMapPublisher>()
            .PublishAsync(DealBuilder.Healthy().Build(), CultureInfo.GetCultureInfo("en-US"), CancellationToken.None);

        Assert.Equal(7, options.MaxImages);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ImageLifetime);
        Assert.StartsWith("https://bot.contoso.com/power-map/", url!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(1, provider.GetRequiredService<PowerMapImageStore>().Count);
    }

    [Fact]
    public async Task AddPowerMap_NoPublicBaseUrl_StartsAndPublishesNothing()
    {
        await using var provider = Build([]);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var url = await provider.GetRequiredService<IPowerMapPublisher>()
            .PublishAsync(DealBuilder.Healthy().Build(), CultureInfo.GetCultureInfo("zh-CN"), CancellationToken.None);

        Assert.Null(url);
    }

    [Theory]
    [InlineData("Bot:PublicBaseUrl", "http://bot.contoso.com", "PublicBaseUrl")]
    [InlineData("PowerMap:MaxImages", "0", "MaxImages")]
    [InlineData("PowerMap:ImageLifetime", "00:00:01", "ImageLifetime")]
    public async Task AddPowerMap_InvalidSetting_FailsAtStartNamingIt(string key, string value, string member)
    {
        await using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(member, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddPowerMap()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
