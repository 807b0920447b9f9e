using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.PowerMap.Tests;

public sealed class PowerMapPublisherTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task PublishAsync_NoPublicBaseUrl_ReturnsNullAndStoresNothing(string? baseUrl)
    {
        var (publisher, store) = Create(baseUrl);

        var url = await publisher.PublishAsync(DealBuilder.Healthy().Build(), Chinese, CancellationToken.None);

        Assert.Null(url);
        Assert.Equal(0, store.Count);
    }

    [Theory]
    [InlineData("https://bot.contoso.com", "https://bot.contoso.com/power-map/")]
    [InlineData("https://bot.contoso.com/", "https://bot.contoso.com/power-map/")]
    [InlineData("https://contoso.com/bot", "https://contoso.com/bot/power-map/")]
    [InlineData("http://127.0.0.1:3978", "http://127.0.0.1:3978/power-map/")]
    public async Task PublishAsync_PublicBaseUrl_ReturnsTokenPngUrlUnderPowerMap(string baseUrl, string expectedPrefix)
    {
        var (publisher, _) = Create(baseUrl);

        var url = await publisher.PublishAsync(DealBuilder.Healthy().Build(), Chinese, CancellationToken.None);

        Assert.NotNull(url);
        var text = url.AbsoluteUri;
        Assert.StartsWith(expectedPrefix, text, StringComparison.Ordinal);
        Assert.EndsWith(".png", text, StringComparison.Ordinal);
        Assert.True(PowerMapImageStore.IsWellFormedToken(text[expectedPrefix.Length..^4]), text);
    }

    [Fact]
    public async Task PublishAsync_Deal_StoresTheRenderedPngUnderTheUrlsToken()
    {
        var (publisher, store) = Create("https://bot.contoso.com");
        var deal = DealBuilder.Healthy().Build();

        var url = await publisher.PublishAsync(deal, Chinese, CancellationToken.None);

        var image = store.Find(Path.GetFileNameWithoutExtension(url!.AbsolutePath));
        Assert.NotNull(image);
        using var picture = new DecodedPicture(image.Png.ToArray());
        Assert.Equal(PowerMapLayout.Compute(deal).Height, picture.Height);
    }

    [Fact]
    public async Task PublishAsync_SameDealTwice_GivesTwoDifferentAddresses()
    {
        var (publisher, store) = Create("https://bot.contoso.com");
        var deal = DealBuilder.Healthy().Build();

        var first = await publisher.PublishAsync(deal, Chinese, CancellationToken.None);
        var second = await publisher.PublishAsync(deal, Chinese, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task PublishAsync_Cancelled_ThrowsAndStoresNothing()
    {
        var (publisher, store) = Create("https://bot.contoso.com");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => publisher.PublishAsync(DealBuilder.Healthy().Build(), Chinese, new CancellationToken(canceled: true)));
        Assert.Equal(0, store.Count);
    }

    private static (PowerMapPublisher Publisher, PowerMapImageStore Store) Create(string? baseUrl)
    {
        var options = Options.Create(new PowerMapOptions { PublicBaseUrl = baseUrl });
        var store = new PowerMapImageStore(options, TimeProvider.System);
        return (new PowerMapPublisher(new PowerMapRenderer(PowerMapTestFonts.Real), store, options), store);
    }
}
