using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.PowerMap;
using SalesCoachBot.Web.PowerMap;
using SkiaSharp;

namespace SalesCoachBot.Web.Tests.PowerMap;

/// <summary>
/// The endpoint on a minimal host of its own (Kestrel on 127.0.0.1, port 0), with the real publisher,
/// renderer and store, and a fake clock to let pictures expire.
/// </summary>
public sealed class PowerMapEndpointRouteBuilderExtensionsTests : IAsyncLifetime, IDisposable
{
    private const int MaxImages = 3;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 15, 9, 0, 0, TimeSpan.Zero));
    private WebApplication? _app;
    private HttpClient? _client;

    private WebApplication App => _app ?? throw new InvalidOperationException("Not started.");

    private HttpClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:PublicBaseUrl"] = "https://bot.contoso.com",
            ["PowerMap:MaxImages"] = MaxImages.ToString(CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddPowerMap();

        _app = builder.Build();
        _app.MapPowerMap();
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public void Dispose() => _client?.Dispose();

    [Fact]
    public async Task Get_PublishedPicture_Returns200PngPrivatelyCacheableForItsLifetime()
    {
        var path = await PublishAsync();

        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.Equal(TimeSpan.FromMinutes(15), response.Headers.CacheControl?.MaxAge);
        var png = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(App.Services.GetRequiredService<PowerMapImageStore>().Find(Token(path))!.Png.ToArray(), png);
    }

    [Fact]
    public async Task Get_PartOfTheLifetimeGone_MaxAgeIsWhatRemains()
    {
        var path = await PublishAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Get_AfterTheLifetime_Returns404()
    {
        var path = await PublishAsync();
        _time.Advance(TimeSpan.FromMinutes(15));

        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ExpiredAndNeverIssuedTokens_AnswerExactlyAlike()
    {
        var expired = await PublishAsync();
        _time.Advance(TimeSpan.FromMinutes(16));

        var expiredAnswer = await DescribeAsync(expired);
        var unknownAnswer = await DescribeAsync("/power-map/AAAAAAAAAAAAAAAAAAAAAA.png");

        Assert.Equal("404 no-store 0", expiredAnswer);
        Assert.Equal(expiredAnswer, unknownAnswer);
    }

    [Fact]
    public async Task Get_MoreThanMaxImagesPublished_OldestReturns404()
    {
        var paths = new List<string>();
        for (var i = 0; i <= MaxImages; i++)
        {
            paths.Add(await PublishAsync());
        }

        using var oldest = await Client.GetAsync(paths[0]);
        using var newest = await Client.GetAsync(paths[^1]);

        Assert.Equal(HttpStatusCode.NotFound, oldest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
    }

    [Theory]
    [InlineData("/power-map/short.png")]
    [InlineData("/power-map/AAAAAAAAAAAAAAAAAAAAAAA.png")]
    [InlineData("/power-map/AAAAAAAAAAAAAAAAAAAA%2B%2F.png")]
    [InlineData("/power-map/..%2F..%2Fetc%2Fpasswd.png")]
    [InlineData("/power-map/.png")]
    public async Task Get_TokenOfWrongShape_Returns404(string path)
    {
        await PublishAsync();

        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_PublishedTokenWithOtherExtension_Returns404()
    {
        var path = await PublishAsync();

        using var response = await Client.GetAsync(path[..^4] + ".jpg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> PublishAsync()
    {
        var publisher = App.Services.GetRequiredService<IPowerMapPublisher>();
        var url = await publisher.PublishAsync(Deal(), CultureInfo.GetCultureInfo("zh-CN"), CancellationToken.None);
        Assert.NotNull(url);
        Assert.Equal("bot.contoso.com", url.Host);
        return url.AbsolutePath;
    }

    private async Task<string> DescribeAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        return $"{(int)response.StatusCode} {response.Headers.CacheControl} {body.Length}";
    }

    private static string Token(string path) => Path.GetFileNameWithoutExtension(path);

    private static Deal Deal()
    {
        var kp = new Stakeholder
        {
            Id = Guid.NewGuid(),
            Name = "陈国栋",
            Title = "分管生产副总经理",
            DecisionChainRoles = new HashSet<DecisionChainRole> { DecisionChainRole.DecisionMaker },
            SupportHistory = [new SupportAssessment { AssessedOn = new DateOnly(2025, 6, 1), Level = SupportLevel.Supports }],
        };
        return new Deal
        {
            Id = Guid.NewGuid(),
            Customer = "华东钢铁集团",
            Name = "MES 系统升级",
            Stakeholders = [kp],
            KeyPersonId = kp.Id,
        };
    }
}
