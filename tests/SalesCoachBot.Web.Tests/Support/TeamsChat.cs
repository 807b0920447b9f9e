using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.TestSupport.Cards;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// One user's 1:1 chat with the real bot, driven through <c>POST /api/messages</c> like Teams does,
/// and read like the chat: <c>await chat.Send("帮助"); chat.LastCardTexts()…; await chat.Press("开始");</c>.
/// Activities are built on a recorded Teams personal-chat activity. Every card the bot sends is
/// checked against the Adaptive Cards schema and the size limit as it arrives (the connector checks those it carries).
/// </summary>
public sealed class TeamsChat
{
    private const string Template = "teamsnet-adaptivecard-action-invoke.json";
    private readonly BotWebApplicationFactory _factory;
    private readonly HttpClient _client;
    private readonly JsonObject _template;
    private int _nextActivity;
    private readonly string _chatId = Guid.NewGuid().ToString("N")[..8];
    private JsonObject? _last;

    public TeamsChat(BotWebApplicationFactory factory, string locale = "zh-CN", string userId = "29:rep-a", string userName = "李明", string? timeZone = "Asia/Shanghai", string? tenantId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        _client = factory.CreateClient();
        UserId = userId;
        _template = TeamsFixtures.Activity(Template).DeepClone().AsObject();
        _template["locale"] = locale;
        _template["from"] = new JsonObject { ["id"] = userId, ["name"] = userName, ["aadObjectId"] = $"aad-{userId}" };
        _template["conversation"]!["id"] = $"a:personal-{userId}";
        if (tenantId is not null)
        {
            _template["conversation"]!["tenantId"] = tenantId;
            _template["channelData"]!["tenant"]!["id"] = tenantId;
        }
        _template["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["timezone"] = timeZone });
        _template["localTimezone"] = timeZone;
        foreach (var unused in new[] { "value", "name", "replyToId", "localTimestamp" })
        {
            _template.Remove(unused);
        }
    }

    public string UserId { get; }

    /// <summary>
    /// After each turn, wait for the bot's background email/UPN look-ups
    /// (<see cref="BotWebApplicationFactory.MemberLookupsIdleAsync"/>), so the next turn of any chat finds
    /// the addresses stored, as it would a moment later in Teams. Off for a test of the look-up itself.
    /// </summary>
    public bool WaitsForMemberLookups { get; init; } = true;

    public string ConversationId => _template["conversation"]!["id"]!.GetValue<string>();

    /// <summary>What the bot sent in answer to the last thing the user did.</summary>
    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    /// <summary>The HTTP answer's body as it came, for an invoke.</summary>
    public string LastResponseBody { get; private set; } = string.Empty;

    /// <summary>The HTTP answer's invoke response, for <see cref="Execute"/>.</summary>
    public InvokeResponse? LastInvokeResponse { get; private set; }

    /// <summary>From now on the user's Teams client reports <paramref name="timeZone"/>, as when they travel.</summary>
    public void ClientMovesTo(string timeZone)
    {
        _template["localTimezone"] = timeZone;
        _template["entities"]![0]!["timezone"] = timeZone;
    }

    /// <summary>
    /// Teams delivers the user's last activity again, same id, to <paramref name="instance"/>: another
    /// instance over the same database (or this one). Returns the HTTP status and body it answered.
    /// </summary>
    public async Task<(HttpStatusCode Status, string Body)> Redeliver(BotWebApplicationFactory instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var activity = _last ?? throw new InvalidOperationException("Nothing was delivered yet.");
        using var client = instance.CreateClient();
        using var response = await client.SendAsync(ActivityRequests.Post(activity.DeepClone().AsObject()));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The app is installed in the personal scope.</summary>
    public Task Install() => Post(Activity(ActivityTypes.InstallationUpdate, a => a["action"] = "add"));

    /// <summary>The app is removed from the personal scope.</summary>
    public Task Uninstall() => Post(Activity(ActivityTypes.InstallationUpdate, a => a["action"] = "remove"));

    /// <summary>The user types <paramref name="text"/>.</summary>
    public Task Send(string text) => Post(Activity(ActivityTypes.Message, a => a["text"] = text));

    /// <summary>An <c>Action.Submit</c> on the last card: a message with no text and <paramref name="value"/>.</summary>
    public Task Submit(object value) => Post(Activity(ActivityTypes.Message, a =>
    {
        a["value"] = JsonSerializer.SerializeToNode(value);
        a["replyToId"] = LastCardActivityId();
    }));

    /// <summary>An <c>Action.Execute</c> on the last card: an <c>adaptiveCard/action</c> invoke.</summary>
    public Task Execute(object data, string? verb = null) => Post(Activity(ActivityTypes.Invoke, a =>
    {
        a["name"] = InvokeNames.AdaptiveCardAction;
        a["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = JsonSerializer.SerializeToNode(data) },
            ["trigger"] = "manual",
        };
        a["replyToId"] = LastCardActivityId();
    }));

    /// <summary>
    /// The user fills <paramref name="inputs"/> and presses the button titled <paramref name="title"/>
    /// on the last card; sent the way its action type is sent (Submit → message, Execute → invoke).
    /// </summary>
    public Task Press(string title, object? inputs = null)
    {
        var button = FindButton(LastCard(), title)
            ?? throw new InvalidOperationException($"No button '{title}' on the last card. Buttons: {string.Join(", ", Buttons(LastCard()))}");
        var data = button.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(d.GetRawText())!.AsObject()
            : new JsonObject();
        if (inputs is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
            {
                data[key] = value?.DeepClone();
            }
        }

        return button.GetProperty("type").GetString() == "Action.Execute"
            ? Execute(data, button.TryGetProperty("verb", out var verb) ? verb.GetString() : null)
            : Submit(data);
    }

    public IEnumerable<string> Texts() => Replies.Where(r => !string.IsNullOrEmpty(r.Text)).Select(r => r.Text!);

    public string LastText() => Texts().LastOrDefault() ?? throw new InvalidOperationException("The bot sent no text in the last turn.");

    /// <summary>The last card the bot sent in answer to the last thing the user did.</summary>
    public JsonElement LastCard() =>
        Replies.LastOrDefault(r => r.Attachments is { Count: > 0 })?.Attachments![0].Content
        ?? (LastInvokeResponse?.Type == InvokeResponse.AdaptiveCardType ? LastInvokeResponse.Value : null)
        ?? throw new InvalidOperationException($"The bot sent no card in the last turn. Texts: {string.Join(" | ", Texts())}");

    /// <summary>Every TextBlock and fact of the last card, in order, however nested.</summary>
    public IReadOnlyList<string> LastCardTexts() => [.. CardTexts(LastCard())];

    /// <summary>The titles of every button on the last card.</summary>
    public IReadOnlyList<string> LastCardButtons() => [.. Buttons(LastCard())];

    public static IEnumerable<string> CardTexts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (type == "TextBlock" && element.TryGetProperty("text", out var text))
                {
                    yield return text.GetString()!;
                }
                else if (type is null && element.TryGetProperty("title", out var factTitle) && element.TryGetProperty("value", out var factValue)
                    && factValue.ValueKind == JsonValueKind.String)
                {
                    yield return $"{factTitle.GetString()}: {factValue.GetString()}";
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is not "actions" and not "selectAction")
                    {
                        foreach (var inner in CardTexts(property.Value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in CardTexts(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> Buttons(JsonElement element) => Actions(element).Select(a => a.GetProperty("title").GetString()!);

    private static JsonElement? FindButton(JsonElement card, string title) =>
        Actions(card).Cast<JsonElement?>().LastOrDefault(a => a!.Value.GetProperty("title").GetString() == title);

    private static IEnumerable<JsonElement> Actions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Action.", StringComparison.Ordinal) == true
                && element.TryGetProperty("title", out _))
            {
                yield return element;
            }

            foreach (var property in element.EnumerateObject())
            {
                // A card's refresh is not a button the user can press.
                if (property.Name is not "card" and not "refresh")
                {
                    foreach (var inner in Actions(property.Value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Actions(item))
                {
                    yield return inner;
                }
            }
        }
    }

    private string LastCardActivityId() =>
        _factory.Connector.Sends.LastOrDefault(s => s.ConversationId == ConversationId && s.Activity.Attachments is { Count: > 0 })?.Activity.Id
        ?? "no-card";

    private JsonObject Activity(string type, Action<JsonObject> shape)
    {
        var activity = _template.DeepClone().AsObject();
        activity["type"] = type;
        // Unique across chats and hosts, as Teams' ids are: a second host over the same database
        // must not take a new activity for a redelivery of the first host's.
        activity["id"] = $"{UserId}-activity-{_chatId}-{Interlocked.Increment(ref _nextActivity)}";
        shape(activity);
        return activity;
    }

    private async Task Post(JsonObject activity)
    {
        _last = activity;
        var before = _factory.Connector.Sends.Count;
        using var response = await _client.SendAsync(ActivityRequests.Post(activity));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        LastResponseBody = await response.Content.ReadAsStringAsync();
        if (WaitsForMemberLookups)
        {
            await _factory.MemberLookupsIdleAsync();
        }

        LastInvokeResponse = activity["type"]!.GetValue<string>() == ActivityTypes.Invoke
            ? JsonSerializer.Deserialize<InvokeResponse>(LastResponseBody, ProtocolJson.Options)
            : null;
        Replies = [.. _factory.Connector.Sends.Skip(before).Where(s => s.ConversationId == ConversationId).Select(s => s.Activity)];
        // The cards sent through the connector are checked by it (BotWebApplicationFactory.Connector); the one in the invoke's answer here.
        if (LastInvokeResponse is { Type: InvokeResponse.AdaptiveCardType, Value: { } invokeCard }
            && AdaptiveCardSchema.Problems(invokeCard) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"The bot answered with an invalid card: {string.Join("; ", problems)}\n{invokeCard.GetRawText()}");
        }
    }
}
