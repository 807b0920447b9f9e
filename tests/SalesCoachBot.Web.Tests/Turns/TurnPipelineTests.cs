using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.TestSupport.Connector;
using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.TestSupport.Logging;
using SalesCoachBot.Web.Resources;
using SalesCoachBot.Web.Tests.Support;
using SalesCoachBot.Web.Turns;

namespace SalesCoachBot.Web.Tests.Turns;

public sealed class TurnPipelineTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly List<BotWebApplicationFactory> _hosts = [];
    private readonly List<IServiceScope> _scopes = [];

    private RecordingConnectorClient _connector = new();
    private RecordingLoggerProvider _logs = new();

    public void Dispose()
    {
        foreach (var scope in _scopes)
        {
            scope.Dispose();
        }

        foreach (var host in _hosts)
        {
            host.Dispose();
        }
    }

    [Fact]
    public async Task RunAsync_TurnSlowerThanTheThreshold_LogsTypeAndId()
    {
        var pipeline = Create(new ClockAdvancingHandler(_time, TimeSpan.FromSeconds(3)));

        await pipeline.RunAsync(RecordedMessage(), CancellationToken.None);

        var entry = Assert.Single(_logs.Entries, e => e.EventId == 1002);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("message", entry.Message, StringComparison.Ordinal);
        Assert.Contains("1571537152320", entry.Message, StringComparison.Ordinal);
        Assert.Contains("3000 ms", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TurnFasterThanTheThreshold_LogsNoSlowTurn()
    {
        var pipeline = Create(new ClockAdvancingHandler(_time, TimeSpan.FromMilliseconds(1999)));

        await pipeline.RunAsync(RecordedMessage(), CancellationToken.None);

        Assert.DoesNotContain(_logs.Entries, e => e.EventId == 1002);
    }

    [Fact]
    public async Task RunAsync_Redelivery_ReportsItWithoutRunningTheHandler()
    {
        var handler = new CountingTurnHandler();
        var pipeline = Create(handler);

        var first = await pipeline.RunAsync(RecordedMessage(), CancellationToken.None);
        var second = await AnotherRequest().RunAsync(RecordedMessage(), CancellationToken.None);

        Assert.False(first.WasRedelivery);
        Assert.True(second.WasRedelivery);
        Assert.Single(handler.Seen);
    }

    [Fact]
    public async Task RunAsync_ActivityWithoutId_IsNeverTakenForARedelivery()
    {
        var handler = new CountingTurnHandler();
        var pipeline = Create(handler);
        var activity = RecordedMessage() with { Id = null };

        await pipeline.RunAsync(activity, CancellationToken.None);
        await pipeline.RunAsync(activity, CancellationToken.None);

        Assert.Equal(2, handler.Seen.Count);
    }

    [Fact]
    public async Task RunAsync_HandlerDecidedTheCultureThenFailed_ApologizesInThatCulture()
    {
        var pipeline = Create(new FailingHandler(CultureInfo.GetCultureInfo("zh-CN")));

        await pipeline.RunAsync(RecordedMessage() with { Locale = "en-US" }, CancellationToken.None);

        Assert.Equal(WebTexts.ResourceManager.GetString(nameof(WebTexts.TurnFailed), CultureInfo.GetCultureInfo("zh-CN")), Assert.Single(_connector.Sends).Activity.Text);
    }

    [Theory]
    [InlineData("fr-FR", "en-US")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData(null, "zh-CN")]
    public async Task RunAsync_HandlerFailedBeforeDecidingTheCulture_ApologizesByTheSameRuleOnTheActivity(string? locale, string expected)
    {
        var pipeline = Create(new FailingHandler(null));

        await pipeline.RunAsync(RecordedMessage() with { Locale = locale, Entities = null }, CancellationToken.None);

        Assert.Equal(WebTexts.ResourceManager.GetString(nameof(WebTexts.TurnFailed), CultureInfo.GetCultureInfo(expected)), Assert.Single(_connector.Sends).Activity.Text);
    }

    /// <summary>The host's own pipeline (its database, redelivery record, budget) around <paramref name="handler"/>.</summary>
    private TurnPipeline Create(ITurnHandler handler)
    {
        var host = new BotWebApplicationFactory(handler: handler, timeProvider: _time);
        _hosts.Add(host);
        _connector = host.Connector;
        _logs = host.Logs;
        var scope = host.Services.CreateScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<TurnPipeline>();
    }

    /// <summary>The pipeline of another request to the last host created.</summary>
    private TurnPipeline AnotherRequest()
    {
        var scope = _hosts[^1].Services.CreateScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<TurnPipeline>();
    }

    private static Activity RecordedMessage()
    {
        JsonObject body = TeamsFixtures.RecordedRequestBody("botbuilder-js-20191020020553704-request-integrationBot.json");
        return System.Text.Json.JsonSerializer.Deserialize<Activity>(body.ToJsonString(), ProtocolJson.Options)!;
    }

    private sealed class FailingHandler(CultureInfo? decided) : ITurnHandler
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turn.Culture = decided;
            throw new InvalidOperationException("the handler failed");
        }
    }

    private sealed class ClockAdvancingHandler(FakeTimeProvider time, TimeSpan duration) : ITurnHandler
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            time.Advance(duration);
            return Task.CompletedTask;
        }
    }
}
