using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations;

/// <summary>
/// The bot serves Teams' personal chats: another channel is not answered, a group chat or a channel
/// is told once, and neither leaves a user or a proactive target behind.
/// </summary>
public sealed class ConversationScopeConversationTests
{
    private const string UserId = "29:scope-user";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData("slack")]
    public async Task Message_FromAnotherChannel_NoReplyNothingStored(string channelId)
    {
        await using var factory = new BotWebApplicationFactory();

        var status = await PostAsync(factory, Message(a => a["channelId"] = channelId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(factory.Connector.Sends);
        await AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task Message_FromWebChatOptedIn_IsAnswered()
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?>
        {
            ["Bot:AllowedChannels:0"] = "msteams",
            ["Bot:AllowedChannels:1"] = "webchat",
        });

        await PostAsync(factory, Message(a => a["channelId"] = "webchat"));

        Assert.NotEmpty(factory.Connector.Sends);
    }

    [Theory]
    [InlineData("groupChat", "en-US")]
    [InlineData("channel", "en-US")]
    [InlineData("groupChat", "zh-CN")]
    public async Task Message_InAGroup_OneRefusalNoReferenceStored(string conversationType, string locale)
    {
        await using var factory = new BotWebApplicationFactory();

        await PostAsync(factory, Message(a =>
        {
            a["conversation"]!["conversationType"] = conversationType;
            a["conversation"]!["id"] = "19:group@thread.v2";
            a["locale"] = locale;
        }));

        var sent = Assert.Single(factory.Connector.SentActivities);
        Assert.Equal(CoachingText.Get("Scope.PersonalOnly", locale == "zh-CN" ? Chinese : English), sent.Text);
        Assert.Null(sent.Attachments);
        await AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedToAGroup_QuietNothingStored()
    {
        await using var factory = new BotWebApplicationFactory();

        await PostAsync(factory, Message(a =>
        {
            a["type"] = ActivityTypes.ConversationUpdate;
            a.Remove("text");
            a["conversation"]!["conversationType"] = "groupChat";
            a["membersAdded"] = new JsonArray(a["recipient"]!.DeepClone());
        }));

        Assert.Empty(factory.Connector.Sends);
        await AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task Message_TenantNotAllowed_NoReplyNothingStored()
    {
        var settings = new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = "11111111-1111-1111-1111-111111111111" };
        await using var factory = new BotWebApplicationFactory(settings: settings);

        await PostAsync(factory, Message(_ => { }));

        Assert.Empty(factory.Connector.Sends);
        await AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task Message_TenantAllowed_IsAnsweredAndRemembered()
    {
        var tenant = TeamsFixtures.Activity("teamsnet-adaptivecard-action-invoke.json")["conversation"]!["tenantId"]!.GetValue<string>();
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = tenant });

        await PostAsync(factory, Message(_ => { }));

        Assert.NotEmpty(factory.Connector.Sends);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindForUserAsync(UserId, CancellationToken.None));
    }

    private static JsonObject Message(Action<JsonObject> shape)
    {
        var activity = TeamsFixtures.Activity("teamsnet-adaptivecard-action-invoke.json").DeepClone().AsObject();
        foreach (var unused in new[] { "value", "name", "replyToId", "localTimestamp" })
        {
            activity.Remove(unused);
        }

        activity["type"] = ActivityTypes.Message;
        activity["id"] = $"scope-{Guid.NewGuid():N}";
        activity["text"] = "help";
        activity["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Scope User", ["aadObjectId"] = "aad-scope-user" };
        shape(activity);
        return activity;
    }

    private static async Task<HttpStatusCode> PostAsync(BotWebApplicationFactory factory, JsonObject activity)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(ActivityRequests.Post(activity));
        return response.StatusCode;
    }

    private static async Task AssertNothingStoredAsync(BotWebApplicationFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindForUserAsync(UserId, CancellationToken.None));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().ListActiveAsync(CancellationToken.None));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(UserId, CancellationToken.None));
    }
}
