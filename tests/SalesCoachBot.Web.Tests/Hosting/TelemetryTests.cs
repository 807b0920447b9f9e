using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SalesCoachBot.Protocol.Activities;
using Activity = System.Diagnostics.Activity;
using SalesCoachBot.Protocol.Telemetry;
using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.Web.Hosting;
using SalesCoachBot.Web.Tests.Nudges;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Hosting;

[Collection(TelemetryTestGroup.Name)]
public sealed class TelemetryTests
{
    // A loopback stand-in connector at the Agents Playground's path: trusted in local mode.
    private const string ServiceUrl = "http://localhost:56150/_connector/";
    private const string ConversationId = "a:personal-telemetry";

    [Fact]
    public async Task Message_CommandThroughTheEndpoint_TurnSpanConnectorSpanDatabaseSpansAndTurnDuration()
    {
        var telemetry = new RecordedTelemetry();
        var connector = new StubConnectorHandler();
        await using var factory = new BotWebApplicationFactory(services: telemetry.Register) { ConnectorHttpHandler = connector };

        await PostAsync(factory, Message("deals", "telemetry-1"));

        var turn = Assert.Single(telemetry.Spans, s => s.OperationName == BotTelemetry.TurnSpan && Equals(s.GetTagItem(BotTelemetry.ActivityIdTag), "telemetry-1"));
        Assert.Equal(BotTelemetry.SourceName, turn.Source.Name);
        Assert.Equal(ActivityTypes.Message, turn.GetTagItem(BotTelemetry.ActivityTypeTag));
        Assert.Equal("deals", turn.GetTagItem(BotTelemetry.CommandTag));
        Assert.Equal(BotTelemetry.OutcomeOk, turn.GetTagItem(BotTelemetry.TurnOutcomeTag));
        // Under the request's server span, so the turn sits in the HTTP trace.
        Assert.Contains(telemetry.Spans, s => s.SpanId == turn.ParentSpanId && s.Kind == ActivityKind.Server);

        var inTurn = telemetry.Spans.Where(s => IsUnder(s, turn, telemetry.Spans)).ToList();
        var send = inTurn.First(s => s.OperationName is "agents.connector.send_to_conversation" or "agents.connector.reply_to_activity");
        Assert.Equal(201, send.GetTagItem(BotTelemetry.HttpStatusCodeTag));
        Assert.Equal("sent", send.GetTagItem(BotTelemetry.ConnectorOutcomeTag));
        Assert.Contains(connector.Requests, r => r.StartsWith("POST /_connector/v3/conversations/", StringComparison.Ordinal));
        // The turn's database commands (the stand-in connector replaces the socket handler, where
        // HttpClient's own span would start, so there is no HTTP attempt span under the call here).
        Assert.Contains(inTurn, s => s.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore");

        RecordedTelemetry.Flush(factory.Services);
        var duration = Assert.Single(telemetry.Points(BotTelemetry.TurnDurationMetric), p => Equals(RecordedTelemetry.Tag(p, BotTelemetry.CommandTag), "deals"));
        Assert.Equal(1, duration.GetHistogramCount());
        Assert.True(duration.GetHistogramSum() > 0);
        Assert.Equal(ActivityTypes.Message, RecordedTelemetry.Tag(duration, BotTelemetry.ActivityTypeTag));
        Assert.Equal(BotTelemetry.OutcomeOk, RecordedTelemetry.Tag(duration, BotTelemetry.TurnOutcomeTag));
    }

    [Fact]
    public async Task Message_Redelivered_SecondTurnSpanIsARedelivery()
    {
        var telemetry = new RecordedTelemetry();
        await using var factory = new BotWebApplicationFactory(services: telemetry.Register) { ConnectorHttpHandler = new StubConnectorHandler() };

        await PostAsync(factory, Message("deals", "telemetry-again"));
        await PostAsync(factory, Message("deals", "telemetry-again"));

        var turns = telemetry.Spans.Where(s => s.OperationName == BotTelemetry.TurnSpan).ToList();
        Assert.Equal(
            [BotTelemetry.OutcomeOk, BotTelemetry.OutcomeRedelivery],
            turns.Select(s => s.GetTagItem(BotTelemetry.TurnOutcomeTag)));
    }

    [Fact]
    public async Task Message_ConnectorThrottlesPastItsRetries_CountedAsThrottledFailure()
    {
        var telemetry = new RecordedTelemetry();
        var connector = new StubConnectorHandler { SendStatus = HttpStatusCode.TooManyRequests };
        await using var factory = new BotWebApplicationFactory(
            services: telemetry.Register,
            settings: new Dictionary<string, string?>
            {
                ["BotConnector:MaxRetryAttempts"] = "1",
                ["BotConnector:RetryBaseDelay"] = "00:00:00.001",
            })
        { ConnectorHttpHandler = connector };

        await PostAsync(factory, Message("deals", "telemetry-throttled"));

        var sends = telemetry.Spans.Where(s => s.OperationName is "agents.connector.send_to_conversation" or "agents.connector.reply_to_activity").ToList();
        Assert.NotEmpty(sends);
        // Each answer of the turn was tried twice, the attempt and its one retry, and refused both times.
        Assert.Equal(2 * sends.Count, connector.Requests.Count(r => r.StartsWith("POST ", StringComparison.Ordinal)));
        var send = sends[0];
        Assert.Equal(429, send.GetTagItem(BotTelemetry.HttpStatusCodeTag));
        Assert.Equal(BotTelemetry.FailureThrottled, send.GetTagItem(BotTelemetry.FailureKindTag));
        Assert.Equal(ActivityStatusCode.Error, send.Status);

        RecordedTelemetry.Flush(factory.Services);
        var failures = telemetry.Points(BotTelemetry.OutboundFailuresMetric);
        var throttled = Assert.Single(failures);
        Assert.Equal(BotTelemetry.FailureThrottled, RecordedTelemetry.Tag(throttled, BotTelemetry.FailureKindTag));
        Assert.Equal(sends.Count, throttled.GetSumLong());
    }

    [Fact]
    public async Task Send_TextTheBotDoesNotUnderstand_CountedAsUnmatchedInput()
    {
        var telemetry = new RecordedTelemetry();
        await using var factory = new BotWebApplicationFactory(services: telemetry.Register);
        var chat = new TeamsChat(factory, "zh-CN");

        await chat.Send("帮助");
        RecordedTelemetry.Flush(factory.Services);
        Assert.Empty(telemetry.Points(BotTelemetry.UnmatchedInputMetric));

        await chat.Send("今天天气怎么样");
        RecordedTelemetry.Flush(factory.Services);
        Assert.Equal(1, Assert.Single(telemetry.Points(BotTelemetry.UnmatchedInputMetric)).GetSumLong());
    }

    [Fact]
    public async Task Host_NoOtlpEndpointConfigured_NoProviderAndNoListener()
    {
        await using var factory = new BotWebApplicationFactory();
        var chat = new TeamsChat(factory, "zh-CN");

        await chat.Send("帮助");

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.False(BotTelemetry.Source.HasListeners());
    }

    [Fact]
    public async Task Host_OtlpEndpointConfigured_TheTurnReachesTheCollector()
    {
        await using var collector = await OtlpCollectorStub.StartAsync();
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?>
        {
            [TelemetryServiceCollectionExtensions.EndpointKey] = collector.Address,
            [TelemetryServiceCollectionExtensions.ProtocolKey] = "http/protobuf",
        });
        var chat = new TeamsChat(factory, "zh-CN");

        await chat.Send("deals");
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush());

        Assert.True(collector.Received("/v1/traces", BotTelemetry.TurnSpan));
        Assert.True(collector.Received("/v1/metrics", BotTelemetry.TurnDurationMetric));
    }

    [Fact]
    public async Task Message_InAGroupChat_TurnRefused()
    {
        var telemetry = new RecordedTelemetry();
        await using var factory = new BotWebApplicationFactory(services: telemetry.Register);
        var message = Message("deals", "telemetry-group");
        message["conversation"] = new JsonObject { ["id"] = "19:group-telemetry@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true };

        await PostAsync(factory, message);

        var turn = Assert.Single(telemetry.Spans, s => s.OperationName == BotTelemetry.TurnSpan);
        Assert.Equal(BotTelemetry.OutcomeRefused, turn.GetTagItem(BotTelemetry.TurnOutcomeTag));
        Assert.Null(turn.GetTagItem(BotTelemetry.CommandTag));
    }

    [Fact]
    public async Task Digest_DeliveredFromTheOutbox_CountedAsAProactiveSend()
    {
        var telemetry = new RecordedTelemetry();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var factory = new BotWebApplicationFactory(
            timeProvider: clock,
            settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" },
            services: telemetry.Register);
        await TeamSeed.AddAsync(factory.Services, "29:mgr", "Asia/Shanghai", "29:rep");
        await NudgeHost.SeedDealAsync(factory.Services, "29:rep", "客户", "商机");
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero)); // 09:00 in Shanghai
        Assert.Equal(1, await NudgeHost.ScheduleAsync(factory.Services));
        RecordedTelemetry.Flush(factory.Services);
        Assert.Empty(telemetry.Points(BotTelemetry.ProactiveSendsMetric));

        await NudgeHost.DeliverAsync(factory.Services);

        RecordedTelemetry.Flush(factory.Services);
        var sends = Assert.Single(telemetry.Points(BotTelemetry.ProactiveSendsMetric));
        Assert.Equal("sent", RecordedTelemetry.Tag(sends, BotTelemetry.ProactiveOutcomeTag));
        Assert.Equal(1, sends.GetSumLong());
    }

    private static JsonObject Message(string text, string id)
    {
        var activity = TeamsFixtures.Activity("teamsnet-adaptivecard-action-invoke.json").DeepClone().AsObject();
        foreach (var unused in new[] { "value", "name", "replyToId", "localTimestamp" })
        {
            activity.Remove(unused);
        }

        activity["type"] = ActivityTypes.Message;
        activity["id"] = id;
        activity["text"] = text;
        activity["serviceUrl"] = ServiceUrl;
        activity["locale"] = "zh-CN";
        activity["from"] = new JsonObject { ["id"] = "29:rep-telemetry", ["name"] = "李明", ["aadObjectId"] = "aad-rep-telemetry" };
        activity["conversation"]!["id"] = ConversationId;
        return activity;
    }

    private static async Task PostAsync(BotWebApplicationFactory factory, JsonObject activity)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(ActivityRequests.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool IsUnder(Activity span, Activity ancestor, IReadOnlyList<Activity> all)
    {
        for (var current = span; current is not null; current = all.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
