using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.Web.Tests.Support;
using SalesCoachBot.Web.Turns;

namespace SalesCoachBot.Web.Tests.Turns;

public sealed class GreetingTurnHandlerTests
{
    private const string ChannelMessage = "botbuilder-js-20191020020553704-request-integrationBot.json";
    private const string GroupChatMemberAdded = "botbuilder-js-20191019235900304-request-integrationBot.json";
    private const string CardActionInvoke = "teamsnet-adaptivecard-action-invoke.json";

    private static readonly Lazy<JsonSchema> CardSchema = new(() =>
        JsonSchema.FromFileAsync(TeamsFixtures.SchemaPath("adaptive-card-1.5.json")).GetAwaiter().GetResult());

    private readonly RecordingConnectorClient _connector = new();
    private readonly GreetingTurnHandler _handler = new(new InMemoryActivityDeduplicator(
        TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new TurnPipelineOptions())));

    [Fact]
    public async Task OnTurnAsync_BotAddedWithChineseLocale_WelcomesInChineseByName()
    {
        var body = TeamsFixtures.RecordedRequestBody(GroupChatMemberAdded);
        body["membersAdded"]!.AsArray().Add(body["recipient"]!.DeepClone());
        body["locale"] = "zh-CN";
        body["from"]!["name"] = "王芳";

        await _handler.OnTurnAsync(Turn(body), CancellationToken.None);

        var card = SingleCard();
        Assert.Equal("zh-CN", card.GetProperty("lang").GetString());
        Assert.Equal("王芳,你好!我是你的大客户销售教练。", card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task OnTurnAsync_InstallationUpdateAddWithoutLocale_WelcomesInEnglish()
    {
        var body = TeamsFixtures.RecordedRequestBody(GroupChatMemberAdded);
        body["type"] = ActivityTypes.InstallationUpdate;
        body["action"] = "add";

        await _handler.OnTurnAsync(Turn(body), CancellationToken.None);

        var card = SingleCard();
        Assert.Equal("en-US", card.GetProperty("lang").GetString());
        Assert.Equal("Hello, I am your key-account sales coach.", card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task OnTurnAsync_InstallationUpdateRemove_SendsNothing()
    {
        var body = TeamsFixtures.RecordedRequestBody(GroupChatMemberAdded);
        body["type"] = ActivityTypes.InstallationUpdate;
        body["action"] = "remove";

        await _handler.OnTurnAsync(Turn(body), CancellationToken.None);

        Assert.Empty(_connector.Sends);
    }

    [Theory]
    [InlineData("zh-CN", "我理解到的内容")]
    [InlineData("zh-TW", "我理解到的内容")]
    [InlineData("en-US", "Here is what I understood")]
    [InlineData("fr-FR", "Here is what I understood")]
    public async Task OnTurnAsync_RecordedMessage_EchoesInTheLocalesLanguage(string locale, string title)
    {
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body["locale"] = locale;

        await _handler.OnTurnAsync(Turn(body), CancellationToken.None);

        var card = SingleCard();
        Assert.Equal(title, card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task OnTurnAsync_GreetAgainSubmit_SendsTheWelcomeCard()
    {
        var body = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        body.Remove("text");
        body["value"] = new JsonObject { ["action"] = GreetingCards.GreetAgainAction };

        await _handler.OnTurnAsync(Turn(body), CancellationToken.None);

        var card = SingleCard();
        Assert.Contains("sales coach", card.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_RecordedActionExecuteInvoke_SetsACardInvokeResponseAndSendsNothing()
    {
        var turn = Turn(TeamsFixtures.Activity(CardActionInvoke));

        await _handler.OnTurnAsync(turn, CancellationToken.None);

        Assert.Empty(_connector.Sends);
        Assert.NotNull(turn.InvokeResponse);
        Assert.Equal(InvokeResponse.AdaptiveCardType, turn.InvokeResponse.Type);
        var facts = turn.InvokeResponse.Value!.Value.GetProperty("body")[1].GetProperty("facts");
        Assert.Equal("""{"feedback":"test invokes"}""", JsonSerializer.Serialize(JsonDocument.Parse(facts[1].GetProperty("value").GetString()!)));
    }

    [Fact]
    public async Task OnTurnAsync_EveryCardItSends_ValidatesAgainstTheAdaptiveCardSchemaAndFitsTeams()
    {
        var added = TeamsFixtures.RecordedRequestBody(GroupChatMemberAdded);
        added["membersAdded"]!.AsArray().Add(added["recipient"]!.DeepClone());
        var message = TeamsFixtures.RecordedRequestBody(ChannelMessage);
        message["text"] = new string('长', 5000);
        var invoke = Turn(TeamsFixtures.Activity(CardActionInvoke));

        await _handler.OnTurnAsync(Turn(added), CancellationToken.None);
        await _handler.OnTurnAsync(Turn(message), CancellationToken.None);
        await _handler.OnTurnAsync(invoke, CancellationToken.None);

        var cards = _connector.SentActivities.Select(a => a.Attachments![0].Content!.Value).Append(invoke.InvokeResponse!.Value!.Value).ToList();
        Assert.Equal(3, cards.Count);
        foreach (var card in cards)
        {
            var errors = CardSchema.Value.Validate(card.GetRawText());
            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.GetRawText()) < CardSerializer.MaxCardBytes);
        }
    }

    private TurnContext Turn(JsonObject body) =>
        new(JsonSerializer.Deserialize<Activity>(body.ToJsonString(), ProtocolJson.Options)!, _connector);

    private JsonElement SingleCard()
    {
        var sent = Assert.Single(_connector.SentActivities);
        var attachment = Assert.Single(sent.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return attachment.Content!.Value;
    }
}
