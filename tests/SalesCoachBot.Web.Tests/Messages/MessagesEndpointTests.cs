using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.Web.Messages;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Messages;

public sealed class MessagesEndpointTests
{
    private const string ChannelMessage = "botbuilder-js-20191020020553704-request-integrationBot.json";
    private const string CardSubmit = "botbuilder-js-20191020015221814-request-integrationBot.json";
    private const string TaskFetchInvoke = "botbuilder-js-20191020021852930-request-integrationBot.json";
    private const string GroupChatMemberAdded = "botbuilder-js-20191019235900304-request-integrationBot.json";
    private const string TeamMemberAdded = "botbuilder-js-20191019181214767-request-integrationBot.json";
    private const string CardActionInvoke = "teamsnet-adaptivecard-action-invoke.json";
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task Post_RecordedChannelMessage_Answers200EmptyAndRefusesOnceInText()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);

        using var response = await client.SendAsync(ActivityRequests.Post(body, TeamsFixtures.RecordedRequestHeader(ChannelMessage, "content-type")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var sent = Assert.Single(factory.Connector.Sends);
        Assert.Equal("https://smba.trafficmanager.net/amer/", sent.ServiceUrl);
        Assert.Equal(body["conversation"]!["id"]!.GetValue<string>(), sent.ConversationId);
        // The bot works in 1:1 chats only: a channel is told so, in a text and not the menu.
        Assert.Equal(CoachingText.Get("Scope.PersonalOnly", English), sent.Activity.Text);
        Assert.Null(sent.Activity.Attachments);
        Assert.Equal("channel", sent.Activity.Conversation?.ConversationType);
    }

    [Fact]
    public async Task Post_RecordedCardSubmitOfNoFlow_ShowsTheMenu()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        // Recorded in a channel; the bot answers only in 1:1 chats.
        var body = TeamsFixtures.RecordedRequestBody(CardSubmit);
        body["conversation"]!["conversationType"] = "personal";
        body["conversation"]!["isGroup"] = false;

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(Assert.Single(factory.Connector.SentActivities).Attachments!).Content!.Value;
        Assert.Equal(CoachingText.Get("Menu.Intro", English), card.GetProperty("body")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_RecordedAdaptiveCardActionInvoke_AnswersInvokeResponseAndShowsTheMenu()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.Activity(CardActionInvoke)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, json.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(InvokeResponse.MessageType, json.RootElement.GetProperty("type").GetString());
        var card = Assert.Single(Assert.Single(factory.Connector.SentActivities).Attachments!).Content!.Value;
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_RecordedInvokeTheBotDoesNotImplement_Answers501InTheInvokeResponse()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(TaskFetchInvoke)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"statusCode":501}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_RecordedConversationUpdateAddingTheBotToAGroupChat_QuietAndNotRemembered()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(GroupChatMemberAdded);
        body["membersAdded"]!.AsArray().Add(body["recipient"]!.DeepClone());

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
        await using var scope = factory.Services.CreateAsyncScope();
        var reference = await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>()
            .FindForUserAsync(body["from"]!["id"]!.GetValue<string>(), CancellationToken.None);
        Assert.Null(reference);
    }

    [Fact]
    public async Task Post_RecordedTeamMemberAddedForAUser_SendsNothing()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(TeamMemberAdded)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_InstallationUpdateThenConversationUpdate_WelcomesOnce()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var install = TeamsFixtures.RecordedRequestBody(GroupChatMemberAdded);
        install["type"] = ActivityTypes.InstallationUpdate;
        install["action"] = "add";
        install["id"] = "install-1";
        install.Remove("membersAdded");
        install["conversation"]!["conversationType"] = "personal";
        var added = TeamsFixtures.RecordedRequestBody(GroupChatMemberAdded);
        added["membersAdded"]!.AsArray().Add(added["recipient"]!.DeepClone());
        added["conversation"]!["conversationType"] = "personal";

        using var first = await client.SendAsync(ActivityRequests.Post(install));
        using var second = await client.SendAsync(ActivityRequests.Post(added));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var sent = Assert.Single(factory.Connector.SentActivities);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(sent.Attachments!).ContentType);
    }

    [Fact]
    public async Task Post_SameActivityDeliveredTwice_HandlerRunsOnceAndBothAnswer200()
    {
        var handler = new CountingTurnHandler();
        await using var factory = new BotWebApplicationFactory(handler: handler);
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);

        using var first = await client.SendAsync(ActivityRequests.Post(body));
        using var redelivery = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
        Assert.Single(handler.Seen);
        Assert.Single(factory.Connector.Sends);
        Assert.Contains(factory.Logs.Entries, e => e.EventId == 1001 && e.Message.Contains("1571537152320", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SameActivityDeliveredWhileTheFirstIsRunning_HandlerRunsOnce()
    {
        var handler = new CountingTurnHandler(holdTurns: true);
        await using var factory = new BotWebApplicationFactory(handler: handler);
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);

        var first = client.SendAsync(ActivityRequests.Post(body));
        await handler.FirstTurnStarted.WaitAsync(TimeSpan.FromSeconds(30));
        using var concurrent = await client.SendAsync(ActivityRequests.Post(body));
        handler.Release();
        using var firstResponse = await first;

        Assert.Equal(HttpStatusCode.OK, concurrent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Single(handler.Seen);
        Assert.Single(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_SameActivityIdInAnotherConversation_IsProcessed()
    {
        var handler = new CountingTurnHandler();
        await using var factory = new BotWebApplicationFactory(handler: handler);
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        var other = body.DeepClone().AsObject();
        other["conversation"]!["id"] = "19:another@thread.skype";

        using var first = await client.SendAsync(ActivityRequests.Post(body));
        using var second = await client.SendAsync(ActivityRequests.Post(other));

        Assert.Equal(2, handler.Seen.Count);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"type":"message","timestamp":"not a date"}""")]
    public async Task Post_MalformedBody_Answers400(string body)
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("serviceUrl")]
    [InlineData("channelId")]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("recipient")]
    public async Task Post_RecordedMessageWithoutARequiredField_Answers400(string field)
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        Assert.True(body.Remove(field));

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_InvokeWithoutName_Answers400()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.Activity(CardActionInvoke);
        body.Remove("name");

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_RecordedMessageWithTextOf100000Characters_Answers400AndNothingRuns()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body["text"] = new string('x', 100_000);

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);

        // As long as Teams sends, it is read.
        body["text"] = new string('x', 28 * 1024);
        using var longest = await client.SendAsync(ActivityRequests.Post(body));
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Fact]
    public async Task Post_ServiceUrlNotAnHttpUrl_Answers400()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body["serviceUrl"] = "file:///etc/passwd";

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_NotJsonContentType_Answers415(string contentType)
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage), contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_NoContentType_Answers415()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityRequests.Route)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(TeamsFixtures.RecordedRequestBody(ChannelMessage).ToJsonString())),
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_PlainApplicationJson_IsAccepted()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage), "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimitWithContentLength_Answers413()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body["text"] = new string('x', 256 * 1024);

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Answers413()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body["text"] = new string('x', 256 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityRequests.Route)
        {
            // A stream of unknown length goes out chunked, with no Content-Length to check up front.
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body.ToJsonString()))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task HandleAsync_BodyOverTheLimitWithoutContentLength_Answers413WithoutReadingItAll()
    {
        await using var factory = new BotWebApplicationFactory();
        using var scope = factory.Services.CreateScope();
        var endpoint = scope.ServiceProvider.GetRequiredService<MessagesEndpoint>();
        var body = new CountingStream(new byte[4 * 1024 * 1024]);
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = body;
        context.Response.Body = new MemoryStream();

        await endpoint.HandleAsync(context);

        Assert.Null(context.Request.ContentLength);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, context.Response.StatusCode);
        // Reading stops just past the limit instead of buffering the whole 4 MB.
        Assert.InRange(body.BytesRead, (256 * 1024) + 1, (256 * 1024) + (64 * 1024));
    }

    [Fact]
    public async Task Post_ChunkedBodyUnderTheLimit_IsProcessed()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityRequests.Route)
        {
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(TeamsFixtures.RecordedRequestBody(ChannelMessage).ToJsonString()))),
        };
        request.Content.Headers.ContentType = new("application/json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_NotLocalModeAndAuthenticatorRefuses_Answers401AndLogsTheReasonOnly()
    {
        const string reason = "token expired at 2019-10-20";
        var authenticator = new Mock<IActivityAuthenticator>();
        authenticator
            .Setup(a => a.AuthenticateAsync(It.IsAny<string?>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AuthenticationOutcome.Fail(reason));
        await using var factory = new BotWebApplicationFactory(appId: "5710acff-f313-453f-8b75-44fff54bab14", authenticator: authenticator.Object);
        using var client = factory.CreateClient();
        var recordedToken = TeamsFixtures.RecordedRequestHeader(ChannelMessage, "authorization");

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage), authorization: recordedToken));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Entries, e => e.EventId == 1103 && e.Message.Contains(reason, StringComparison.Ordinal));
        authenticator.Verify(a => a.AuthenticateAsync(recordedToken, It.Is<Activity>(x => x.Id == "1571537152320"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_NotLocalModeAndAuthenticatorAccepts_IsProcessed()
    {
        var authenticator = new Mock<IActivityAuthenticator>();
        authenticator
            .Setup(a => a.AuthenticateAsync("Bearer good", It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AuthenticationOutcome(true));
        authenticator
            .Setup(a => a.AuthenticateAsync(null, It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AuthenticationOutcome.Fail("no token"));
        await using var factory = new BotWebApplicationFactory(appId: "5710acff-f313-453f-8b75-44fff54bab14", authenticator: authenticator.Object);
        using var client = factory.CreateClient();

        using var withoutToken = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage)));
        using var withToken = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage), authorization: "Bearer good"));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Single(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_LocalModeWithoutToken_RealAuthenticatorLetsItThrough()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(factory.Connector.Sends);
        Assert.Contains(factory.Logs.Entries, e => e.EventId == 1201 && e.Message.StartsWith("LOCAL MODE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("192.168.1.20")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task Post_LocalModeFromANonLoopbackRemoteAddress_Answers401AndSendsNothing(string remoteAddress)
    {
        await using var factory = new BotWebApplicationFactory { TestServerRemoteAddress = IPAddress.Parse(remoteAddress) };
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(factory.Connector.Sends);
        Assert.Contains(factory.Logs.Entries, e => e.EventId == 1104);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Post_LocalModeFromALoopbackRemoteAddress_IsProcessed(string remoteAddress)
    {
        await using var factory = new BotWebApplicationFactory { TestServerRemoteAddress = IPAddress.Parse(remoteAddress) };
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_LocalModeWithoutARemoteAddress_Answers401()
    {
        // What a Unix-socket listener behind a proxy looks like: no IP at all is not "local".
        await using var factory = new BotWebApplicationFactory { TestServerRemoteAddress = null };
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    public async Task Post_LocalModeFromLoopbackButForwardedByAProxy_Answers401(string header, string value)
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        using var request = ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage));
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_LocalModeOverKestrelOnTwoAddresses_ServesLoopbackRefusesThisMachinesOtherAddress()
    {
        // A real socket on a non-loopback address of this machine: connecting to it makes that
        // address the remote one, with no header and no fake in between.
        var external = NonLoopbackAddressOfThisMachine();
        Assert.True(external is not null, "This test needs a non-loopback IP address on this machine (e.g. eth0).");
        await using var factory = new BotWebApplicationFactory { TestServerRemoteAddress = null };
        factory.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(external, 0);
        });
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var loopbackBase = new Uri(addresses.Single(a => new Uri(a).IsLoopback));
        var externalBase = new Uri(addresses.Single(a => !new Uri(a).IsLoopback));
        using var http = new HttpClient();

        using var fromOutside = await http.SendAsync(WithBase(externalBase, ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage))));
        using var fromLoopback = await http.SendAsync(WithBase(loopbackBase, ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage))));

        Assert.Equal(HttpStatusCode.Unauthorized, fromOutside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromLoopback.StatusCode);
        Assert.Single(factory.Connector.Sends);
        var refusal = Assert.Single(factory.Logs.Entries, e => e.EventId == 1104);
        Assert.Contains(external.ToString(), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotLocalModeFromANonLoopbackRemoteAddress_LeftToTheAuthenticator()
    {
        var authenticator = new Mock<IActivityAuthenticator>();
        authenticator
            .Setup(a => a.AuthenticateAsync("Bearer good", It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AuthenticationOutcome(true));
        await using var factory = new BotWebApplicationFactory(appId: "5710acff-f313-453f-8b75-44fff54bab14", authenticator: authenticator.Object)
        {
            TestServerRemoteAddress = IPAddress.Parse("52.114.132.10"),
        };
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage), authorization: "Bearer good"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_RefusedWithAnOversizedActivityId_LogsItBounded()
    {
        var authenticator = new Mock<IActivityAuthenticator>();
        authenticator
            .Setup(a => a.AuthenticateAsync(It.IsAny<string?>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AuthenticationOutcome.Fail("no token"));
        await using var factory = new BotWebApplicationFactory(appId: "5710acff-f313-453f-8b75-44fff54bab14", authenticator: authenticator.Object);
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body["id"] = new string('x', 10_000) + "\r\nforged log line";

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var entry = Assert.Single(factory.Logs.Entries, e => e.EventId == 1103);
        Assert.InRange(entry.Message.Length, 1, 400);
        Assert.DoesNotContain('\n', entry.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Post_NotLocalModeWithoutAUsableToken_RealAuthenticatorAnswers401(string? authorization)
    {
        await using var factory = new BotWebApplicationFactory(appId: "5710acff-f313-453f-8b75-44fff54bab14");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.RecordedRequestBody(ChannelMessage), authorization: authorization));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(factory.Logs.Entries, e => e.EventId == 1103);
        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Post_HandlerThrowsOnMessage_Answers200AndApologizesInTheUsersLanguage()
    {
        var handler = new Mock<SalesCoachBot.Protocol.Turns.ITurnHandler>();
        handler.Setup(h => h.OnTurnAsync(It.IsAny<SalesCoachBot.Protocol.Turns.TurnContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database down"));
        await using var factory = new BotWebApplicationFactory(handler: handler.Object);
        using var client = factory.CreateClient();
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body["locale"] = "zh-CN";

        using var response = await client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(factory.Connector.SentActivities);
        Assert.Contains("抱歉", apology.Text, StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Entries, e => e.EventId == 1003 && e.Exception?.Message == "database down");
    }

    [Fact]
    public async Task Post_HandlerThrowsOnInvoke_AnswersAnErrorInvokeResponse()
    {
        var handler = new Mock<SalesCoachBot.Protocol.Turns.ITurnHandler>();
        handler.Setup(h => h.OnTurnAsync(It.IsAny<SalesCoachBot.Protocol.Turns.TurnContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database down"));
        await using var factory = new BotWebApplicationFactory(handler: handler.Object);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityRequests.Post(TeamsFixtures.Activity(CardActionInvoke)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(500, json.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(InvokeResponse.ErrorType, json.RootElement.GetProperty("type").GetString());
        Assert.Contains("Sorry", json.RootElement.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(factory.Connector.Sends);
    }

    private static IPAddress? NonLoopbackAddressOfThisMachine() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => !IPAddress.IsLoopback(a) && (a.AddressFamily == AddressFamily.InterNetwork || (a.AddressFamily == AddressFamily.InterNetworkV6 && !a.IsIPv6LinkLocal)))
            .OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)
            .FirstOrDefault();

    private static HttpRequestMessage WithBase(Uri baseAddress, HttpRequestMessage request)
    {
        request.RequestUri = new Uri(baseAddress, request.RequestUri!);
        return request;
    }

    [Fact]
    public async Task Get_ApiMessages_IsNotAnswered200()
    {
        await using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(ActivityRequests.Route);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
