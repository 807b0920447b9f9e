using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Tests.TestSupport;

namespace SalesCoachBot.Protocol.Tests.Connector;

public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1767224924615";
    private const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1767224924615";

    private readonly ConcurrentQueue<(int Status, string? Body, string? RetryAfter)> _script = new();
    private readonly Mock<IBotTokenProvider> _tokens = new();
    private readonly List<ServiceProvider> _providers = [];
    private LoopbackServer _stub = null!;

    public async Task InitializeAsync()
    {
        _tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("test-token");
        _stub = await LoopbackServer.StartAsync(ReplyAsync, () => Clock.GetUtcNow());
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await _stub.DisposeAsync();
    }

    /// <summary>The clock the stub stamps requests with; a test may swap in a fake one.</summary>
    private TimeProvider Clock { get; set; } = TimeProvider.System;

    [Theory]
    [InlineData("amer/")]
    [InlineData("amer")]
    [InlineData("amer/72f988bf-86f1-41af-91ab-2d7cd011db47/")]
    public async Task SendToConversationAsync_Created_SentWithIdTokenAndEscapedPath(string servicePath)
    {
        _script.Enqueue((201, """{"id":"1:1s7J6x0"}""", null));
        var serviceUrl = _stub.BaseUri + servicePath;

        var result = await Client().SendToConversationAsync(serviceUrl, ConversationId, new Activity { Type = "message", Text = "你好" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal("1:1s7J6x0", result.Id);
        var request = Assert.Single(_stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/{servicePath.TrimEnd('/')}/v3/conversations/{EscapedConversationId}/activities", request.RawTarget);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var sent = JsonSerializer.Deserialize<Activity>(request.Body, ProtocolJson.Options)!;
        Assert.Equal("你好", sent.Text);
    }

    [Fact]
    public async Task SendToConversationAsync_ChineseTextAndCard_GoOutAsUtf8NotAsEscapes()
    {
        _script.Enqueue((201, """{"id":"1:2"}""", null));
        var card = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "缺口 — 宝钢" } } });
        var activity = new Activity
        {
            Type = "message",
            Text = "已保存张总。",
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }],
        };

        await Client().SendToConversationAsync(_stub.BaseUri + "amer/", ConversationId, activity, CancellationToken.None);

        // As the 28 KB check measures a card: three bytes a character, not a six-byte \uXXXX escape.
        var body = Assert.Single(_stub.Requests).Body!;
        Assert.Contains("\"text\":\"已保存张总。\"", body, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"缺口 — 宝钢\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyUpdateDelete_UseTheirVerbsAndActivityPath()
    {
        var client = Client();
        var baseUrl = _stub.BaseUri + "amer/";

        var reply = await client.ReplyToActivityAsync(baseUrl, ConversationId, "1:abc", new Activity { Text = "r" }, CancellationToken.None);
        var update = await client.UpdateActivityAsync(baseUrl, ConversationId, "1:abc", new Activity { Text = "u" }, CancellationToken.None);
        var delete = await client.DeleteActivityAsync(baseUrl, ConversationId, "1:abc", CancellationToken.None);

        Assert.All([reply, update, delete], r => Assert.Equal(ConnectorOutcome.Sent, r.Outcome));
        var path = $"/amer/v3/conversations/{EscapedConversationId}/activities/1%3Aabc";
        Assert.Equal([("POST", path), ("PUT", path), ("DELETE", path)], _stub.Requests.Select(r => (r.Method, r.RawTarget)));
        Assert.Equal(string.Empty, _stub.Requests[2].Body);
    }

    [Fact]
    public async Task CreateConversationAsync_Created_ReturnsConversationId()
    {
        _script.Enqueue((201, """{"id":"a:1new-personal-chat"}""", null));
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        var result = await Client().CreateConversationAsync(_stub.BaseUri + "amer/", parameters, CancellationToken.None);

        Assert.Equal("a:1new-personal-chat", result.Id);
        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/amer/v3/conversations", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.RootElement.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task GetMemberAsync_TeamsChannelAccount_GetWithTokenEscapedPathAndEmailUpn()
    {
        _script.Enqueue((200, """
            {"id":"29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrWiJOA","name":"Li Wei",
             "aadObjectId":"6be4a1d8-6f3f-4c5e-8a6e-0f2f6b1d9a11","givenName":"Wei","surname":"Li",
             "email":"Li.Wei@contoso.com","userPrincipalName":"liwei@contoso.onmicrosoft.com",
             "tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","userRole":"user"}
            """, null));

        var result = await Client().GetMemberAsync(_stub.BaseUri + "amer/", ConversationId, "29:1GcS4EyB", CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Result.Outcome);
        var member = Assert.IsType<ConversationMember>(result.Member);
        Assert.Equal("Li.Wei@contoso.com", member.Email);
        Assert.Equal("liwei@contoso.onmicrosoft.com", member.UserPrincipalName);
        Assert.Equal("6be4a1d8-6f3f-4c5e-8a6e-0f2f6b1d9a11", member.AadObjectId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", member.TenantId);
        Assert.Equal("user", member.Extra!["userRole"].GetString());
        var request = Assert.Single(_stub.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/members/29%3A1GcS4EyB", request.RawTarget);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task GetMemberAsync_NotFound_ClassifiedWithoutMember()
    {
        _script.Enqueue((404, """{"error":{"code":"MemberNotFoundInConversation"}}""", null));

        var result = await Client().GetMemberAsync(_stub.BaseUri + "amer/", ConversationId, "29:gone", CancellationToken.None);

        Assert.Equal(ConnectorOutcome.ConversationGone, result.Result.Outcome);
        Assert.Null(result.Member);
        Assert.Contains("MemberNotFoundInConversation", result.Result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMemberAsync_SuccessWithoutMemberBody_FailedWithoutMember()
    {
        _script.Enqueue((200, "not json", null));

        var result = await Client().GetMemberAsync(_stub.BaseUri + "amer/", ConversationId, "29:x", CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Result.Outcome);
        Assert.Null(result.Member);
    }

    [Fact]
    public async Task GetMemberAsync_LoopbackNotTrusted_NothingSentNoToken()
    {
        var result = await Client(trustLoopback: false).GetMemberAsync(_stub.BaseUri + "amer/", ConversationId, "29:x", CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Untrusted, result.Result.Outcome);
        Assert.Null(result.Member);
        Assert.Empty(_stub.Requests);
        _tokens.Verify(t => t.GetTokenAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SendToConversationAsync_AcceptedWithoutBody_SentWithoutId()
    {
        _script.Enqueue((202, null, null));

        var result = await Client().SendToConversationAsync(_stub.BaseUri + "_connector", "a:1", new Activity { Type = ActivityTypes.Typing }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(202, result.StatusCode);
        Assert.Null(result.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledThenCreated_WaitsRetryAfterThenSent()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Clock = time;
        _script.Enqueue((429, null, "1"));
        _script.Enqueue((201, """{"id":"1:after-wait"}""", null));
        var client = Client(time);

        var sending = client.SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None);
        var result = await AdvanceUntilDoneAsync(time, sending);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal("1:after-wait", result.Id);
        Assert.Equal(2, _stub.Requests.Count);
        Assert.True(_stub.Requests[1].Time - _stub.Requests[0].Time >= TimeSpan.FromSeconds(1), "the retry came before Retry-After");
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterLongerThanAllowed_ThrottledAtOnce()
    {
        _script.Enqueue((429, null, "120"));

        var result = await Client().SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_AlwaysUnavailable_RetriedThenFailed()
    {
        for (var i = 0; i < 10; i++)
        {
            _script.Enqueue((503, """{"error":{"code":"ServiceUnavailable"}}""", null));
        }

        var result = await Client().SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(1 + 3, _stub.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_UnavailableThenCreated_Sent()
    {
        _script.Enqueue((503, null, null));
        _script.Enqueue((502, null, null));
        _script.Enqueue((201, """{"id":"1:third"}""", null));

        var result = await Client().SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal("1:third", result.Id);
        Assert.Equal(3, _stub.Requests.Count);
    }

    [Theory]
    [InlineData(403, ConnectorOutcome.Blocked)]
    [InlineData(404, ConnectorOutcome.ConversationGone)]
    [InlineData(413, ConnectorOutcome.TooLarge)]
    [InlineData(400, ConnectorOutcome.Failed)]
    [InlineData(401, ConnectorOutcome.Failed)]
    public async Task SendToConversationAsync_PermanentStatus_ClassifiedWithoutRetry(int status, ConnectorOutcome expected)
    {
        _script.Enqueue((status, """{"error":{"code":"ConversationNotFound"}}""", null));

        var result = await Client().SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Contains("ConversationNotFound", result.Error, StringComparison.Ordinal);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_LoopbackNotTrustedOutsideLocalMode_NothingSentNoToken()
    {
        var result = await Client(trustLoopback: false).SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Untrusted, result.Outcome);
        Assert.Empty(_stub.Requests);
        _tokens.Verify(t => t.GetTokenAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SendToConversationAsync_LocalModeOnLoopback_SentWithoutAuthorization()
    {
        // The real token provider: in local mode it has no token to give.
        var client = Client(localMode: true, substituteTokens: false);

        var result = await client.SendToConversationAsync(_stub.BaseUri + "_connector", "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(string.Empty, Assert.Single(_stub.Requests).Authorization);
    }

    [Theory]
    [InlineData("a/b/c/")]
    [InlineData("admin?next=")]
    [InlineData("admin#")]
    public async Task SendToConversationAsync_LocalModeLoopbackOutsideTheConnectorShape_NeverCalled(string servicePath)
    {
        var client = Client(localMode: true, substituteTokens: false);

        var result = await client.SendToConversationAsync(_stub.BaseUri + servicePath, "a:1", new Activity { Text = "hi" }, CancellationToken.None);
        var member = await client.GetMemberAsync(_stub.BaseUri + servicePath, "a:1", "29:x", CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Untrusted, result.Outcome);
        Assert.Equal(ConnectorOutcome.Untrusted, member.Result.Outcome);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_UntrustedServiceUrlOfTenThousandCharacters_ErrorIsBounded()
    {
        var result = await Client(trustLoopback: false).SendToConversationAsync("https://attacker.example/" + new string('a', 10_000), "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Untrusted, result.Outcome);
        Assert.InRange(result.Error!.Length, 1, 260);
    }

    [Fact]
    public async Task SendToConversationAsync_NothingListening_RetriedThenFailed()
    {
        var closed = await LoopbackServer.StartAsync((_, _) => Task.CompletedTask);
        var deadUrl = closed.BaseUri + "amer/";
        await closed.DisposeAsync();

        var result = await Client().SendToConversationAsync(deadUrl, "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("network error", result.Error);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task SendToConversationAsync_HostKeepsFailing_CircuitOpensForThatHostOnly()
    {
        await using var healthy = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 201;
            await context.Response.WriteAsync("""{"id":"1:ok"}""");
        });
        for (var i = 0; i < 10; i++)
        {
            _script.Enqueue((500, null, null));
        }

        var client = Client(configure: c =>
        {
            c["BotConnector:MaxRetryAttempts"] = "0";
            c["BotConnector:CircuitMinimumThroughput"] = "2";
            c["BotConnector:CircuitFailureRatio"] = "0.5";
            c["BotConnector:CircuitBreakDuration"] = "00:01:00";
        });

        var results = new List<ConnectorResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await client.SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None));
        }

        var other = await client.SendToConversationAsync(healthy.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(ConnectorOutcome.Failed, r.Outcome));
        Assert.Equal("circuit open", results[^1].Error);
        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(ConnectorOutcome.Sent, other.Outcome);
    }

    [Fact]
    public async Task SendToConversationAsync_CallerCancels_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Client().SendToConversationAsync(_stub.BaseUri + "amer/", "a:1", new Activity { Text = "hi" }, cancellation.Token));
    }

    private static async Task<ConnectorResult> AdvanceUntilDoneAsync(FakeTimeProvider time, Task<ConnectorResult> task)
    {
        // The pipeline waits on the fake clock: move it on in small steps until the call completes.
        for (var step = 0; step < 400 && !task.IsCompleted; step++)
        {
            await Task.WhenAny(task, Task.Delay(10));
            if (!task.IsCompleted)
            {
                time.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        Assert.True(task.IsCompleted, "the call did not complete");
        return await task;
    }

    private Task ReplyAsync(HttpContext context, RecordedRequest request)
    {
        var (status, body, retryAfter) = _script.TryDequeue(out var next) ? next : (201, """{"id":"1:default"}""", null);
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (body is null)
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    private IConnectorClient Client(
        TimeProvider? time = null,
        bool localMode = false,
        bool trustLoopback = true,
        bool substituteTokens = true,
        Action<Dictionary<string, string?>>? configure = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = localMode ? string.Empty : "0b6e2a54-5c0e-4f0e-9c1f-1f2b3c4d5e6f",
            ["MicrosoftAppPassword"] = localMode ? string.Empty : "secret",
            ["BotConnector:RetryBaseDelay"] = "00:00:00.010",
            ["BotConnector:MaxRetryAttempts"] = "3",
        };
        if (trustLoopback)
        {
            configuration["BotConnector:AdditionalTrustedHosts:0"] = "127.0.0.1";
        }

        configure?.Invoke(configuration);
        var provider = ProtocolServices.Build(configuration, time ?? TimeProvider.System, services =>
        {
            if (substituteTokens)
            {
                services.AddSingleton(_tokens.Object);
            }
        });
        _providers.Add(provider);
        return provider.GetRequiredService<IConnectorClient>();
    }
}
