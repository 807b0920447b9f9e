using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Telemetry;
using SalesCoachBot.Protocol.Tests.TestSupport;
using BotActivity = SalesCoachBot.Protocol.Activities.Activity;

namespace SalesCoachBot.Protocol.Tests.Telemetry;

/// <summary>The connector's spans and failure counts, seen by a plain <see cref="ActivityListener"/> and <see cref="MeterListener"/>.</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class BotTelemetryTests : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _counts = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();
    private int _status = 201;
    private string? _retryAfter;
    private LoopbackServer _stub = null!;
    private ServiceProvider _services = null!;

    public BotTelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotTelemetry.SourceName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _counts.Enqueue((instrument.Name, value, copy));
        });
    }

    public async Task InitializeAsync()
    {
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.Start();
        _stub = await LoopbackServer.StartAsync(ReplyAsync);
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("test-token");
        _services = ProtocolServices.Build(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = "0b6e2a54-5c0e-4f0e-9c1f-1f2b3c4d5e6f",
                ["MicrosoftAppPassword"] = "secret",
                ["BotConnector:RetryBaseDelay"] = "00:00:00.001",
                ["BotConnector:MaxRetryAttempts"] = "1",
                ["BotConnector:AdditionalTrustedHosts:0"] = "127.0.0.1",
            },
            TimeProvider.System,
            services => services.AddSingleton(tokens.Object));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _stub.DisposeAsync();
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    [Theory]
    [InlineData(429, "3600", BotTelemetry.FailureThrottled)]
    [InlineData(404, null, BotTelemetry.FailureGone)]
    [InlineData(403, null, BotTelemetry.FailureGone)]
    [InlineData(413, null, BotTelemetry.FailureTooBig)]
    [InlineData(400, null, BotTelemetry.FailureOther)]
    public async Task Send_NotDelivered_OneFailureOfItsKindAndAFailedSpan(int status, string? retryAfter, string kind)
    {
        (_status, _retryAfter) = (status, retryAfter);

        await SendAsync("a:failure");

        var failure = Assert.Single(_counts, c => c.Instrument == BotTelemetry.OutboundFailuresMetric);
        Assert.Equal(1, failure.Value);
        Assert.Equal(kind, failure.Tags[BotTelemetry.FailureKindTag]);
        Assert.Equal("send_to_conversation", failure.Tags[BotTelemetry.OperationTag]);
        var span = Assert.Single(_spans, s => Equals(s.GetTagItem(BotTelemetry.ConversationIdTag), "a:failure"));
        Assert.Equal("agents.connector.send_to_conversation", span.OperationName);
        Assert.Equal(status, span.GetTagItem(BotTelemetry.HttpStatusCodeTag));
        Assert.Equal(kind, span.GetTagItem(BotTelemetry.FailureKindTag));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task Send_Delivered_NoFailureAndASentSpan()
    {
        await SendAsync("a:sent");

        Assert.DoesNotContain(_counts, c => c.Instrument == BotTelemetry.OutboundFailuresMetric);
        var span = Assert.Single(_spans, s => Equals(s.GetTagItem(BotTelemetry.ConversationIdTag), "a:sent"));
        Assert.Equal(201, span.GetTagItem(BotTelemetry.HttpStatusCodeTag));
        Assert.Equal("sent", span.GetTagItem(BotTelemetry.ConnectorOutcomeTag));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    private Task<ConnectorResult> SendAsync(string conversationId) =>
        _services.GetRequiredService<IConnectorClient>().SendToConversationAsync(_stub.BaseUri + "amer/", conversationId, new BotActivity { Text = "hi" }, CancellationToken.None);

    private Task ReplyAsync(HttpContext context, RecordedRequest request)
    {
        context.Response.StatusCode = _status;
        if (_retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = _retryAfter;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(_status < 300 ? """{"id":"1:sent"}""" : """{"error":{"code":"Nope"}}""");
    }
}
