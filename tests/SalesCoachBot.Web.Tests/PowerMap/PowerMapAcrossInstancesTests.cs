using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.PowerMap;
using SalesCoachBot.TestSupport.Builders;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.PowerMap;

/// <summary>Two bot hosts on one database: the picture one publishes, the other serves, until it expires and is purged.</summary>
public sealed class PowerMapAcrossInstancesTests : IDisposable
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Bot:PublicBaseUrl"] = "https://bot.contoso.com" };
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"salescoach-powermap-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => TestDatabase.Delete(_database);

    [Fact]
    public async Task Get_PublishedByOneInstance_ServedByTheOtherUntilItExpires()
    {
        await using var publisher = new BotWebApplicationFactory(settings: Settings, databasePath: _database, timeProvider: _clock);
        await using var other = new BotWebApplicationFactory(settings: Settings, databasePath: _database, timeProvider: _clock);
        using var publisherClient = publisher.CreateClient();
        using var otherClient = other.CreateClient();

        var url = await publisher.Services.GetRequiredService<IPowerMapPublisher>()
            .PublishAsync(DealBuilder.Healthy().Build(), CultureInfo.GetCultureInfo("zh-CN"), CancellationToken.None);
        Assert.NotNull(url);

        using var served = await otherClient.GetAsync(url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        var png = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);

        _clock.Advance(TimeSpan.FromMinutes(15));
        using var expired = await otherClient.GetAsync(url.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        using var expiredThere = await publisherClient.GetAsync(url.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, expiredThere.StatusCode);

        // The expired row is deleted once, by whichever instance purges.
        Assert.Equal(1, await other.Services.GetRequiredService<IPowerMapImageStore>().PurgeExpiredAsync(CancellationToken.None));
        Assert.Equal(0, await publisher.Services.GetRequiredService<IPowerMapImageStore>().PurgeExpiredAsync(CancellationToken.None));
    }
}
