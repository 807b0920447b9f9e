using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Web.Tests.Scale;

/// <summary>
/// One user's 1:1 chat with bot processes, posted to <c>/api/messages</c> as Teams does (a recorded
/// Teams activity, its service URL the stand-in connector), read from what the connector received.
/// </summary>
internal sealed class ProcessChat
{
    private readonly StandInConnector _connector;
    private readonly JsonObject _template;
    private readonly string _chatId = Guid.NewGuid().ToString("N")[..8];
    private int _next;
    private JsonElement? _lastCard;

    public ProcessChat(StandInConnector connector, string userId, string tenantId, string locale = "zh-CN")
    {
        _connector = connector;
        _template = TeamsFixtures.Activity("teamsnet-adaptivecard-action-invoke.json").DeepClone().AsObject();
        _template["serviceUrl"] = connector.BaseUrl;
        _template["locale"] = locale;
        _template["from"] = new JsonObject { ["id"] = userId, ["name"] = userId, ["aadObjectId"] = $"aad-{userId}" };
        _template["conversation"]!["id"] = ConversationId = $"a:personal-{userId}";
        _template["conversation"]!["tenantId"] = tenantId;
        _template["channelData"]!["tenant"]!["id"] = tenantId;
        _template["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["timezone"] = "Asia/Shanghai" });
        _template["localTimezone"] = "Asia/Shanghai";
        foreach (var unused in new[] { "value", "name", "replyToId", "localTimestamp" })
        {
            _template.Remove(unused);
        }

        connector.Register(ConversationId, tenantId);
    }

    public string ConversationId { get; }

    public JsonElement LastCard => _lastCard ?? throw new InvalidOperationException("The bot sent no card yet.");

    /// <summary>A message activity typing <paramref name="text"/>, not yet sent.</summary>
    public JsonObject Message(string text) => Activity(ActivityTypes.Message, a => a["text"] = text);

    public Task Send(BotProcess bot, string text) => Post(bot, Message(text));

    /// <summary>Presses the button titled <paramref name="title"/> on the last card, with <paramref name="inputs"/> filled in.</summary>
    public Task Press(BotProcess bot, string title, object? inputs = null)
    {
        var button = Actions(LastCard).LastOrDefault(a => a.GetProperty("title").GetString() == title);
        if (button.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"No button '{title}' on the last card: {LastCard.GetRawText()}");
        }

        var data = button.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? JsonNode.Parse(d.GetRawText())!.AsObject() : [];
        if (inputs is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
            {
                data[key] = value?.DeepClone();
            }
        }

        var replyTo = _connector.Accepted(ConversationId).LastOrDefault(c => c.Activity.TryGetProperty("attachments", out _))?.Id ?? "no-card";
        var activity = button.GetProperty("type").GetString() == "Action.Execute"
            ? Activity(ActivityTypes.Invoke, a =>
            {
                a["name"] = InvokeNames.AdaptiveCardAction;
                a["value"] = new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = button.TryGetProperty("verb", out var verb) ? verb.GetString() : null, ["data"] = data },
                    ["trigger"] = "manual",
                };
                a["replyToId"] = replyTo;
            })
            : Activity(ActivityTypes.Message, a =>
            {
                a["value"] = data;
                a["replyToId"] = replyTo;
            });
        return Post(bot, activity);
    }

    /// <summary>Posts <paramref name="activity"/> to <paramref name="bot"/>; returns the HTTP status.</summary>
    public static async Task<HttpStatusCode> PostAsync(BotProcess bot, JsonObject activity)
    {
        using var client = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        return response.StatusCode;
    }

    public static IEnumerable<string> Images(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("type", out var type) && type.GetString() == "Image" ? [element.GetProperty("url").GetString()!] : Array.Empty<string>())
            .Concat(element.EnumerateObject().SelectMany(p => Images(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Images),
        _ => [],
    };

    private static IEnumerable<JsonElement> Actions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Action.", StringComparison.Ordinal) == true && element.TryGetProperty("title", out _))
            {
                yield return element;
            }

            foreach (var inner in element.EnumerateObject().Where(p => p.Name is not "card" and not "refresh").SelectMany(p => Actions(p.Value)))
            {
                yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in element.EnumerateArray().SelectMany(Actions))
            {
                yield return inner;
            }
        }
    }

    private JsonObject Activity(string type, Action<JsonObject> shape)
    {
        var activity = _template.DeepClone().AsObject();
        activity["type"] = type;
        activity["id"] = $"{ConversationId}-{_chatId}-{Interlocked.Increment(ref _next)}";
        shape(activity);
        return activity;
    }

    private async Task Post(BotProcess bot, JsonObject activity)
    {
        var before = _connector.Accepted(ConversationId).Count;
        using var client = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{bot.Name} answered {(int)response.StatusCode}: {body}\n{bot.Console}");
        }

        var card = _connector.Accepted(ConversationId).Skip(before)
            .Select(c => c.Activity).LastOrDefault(a => a.TryGetProperty("attachments", out var at) && at.GetArrayLength() > 0);
        if (card.ValueKind == JsonValueKind.Object)
        {
            _lastCard = card.GetProperty("attachments")[0].GetProperty("content").Clone();
        }
        else if (body.Length > 0 && JsonDocument.Parse(body).RootElement is { ValueKind: JsonValueKind.Object } invoke
            && invoke.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("type", out var t) && t.GetString() == "AdaptiveCard")
        {
            _lastCard = value.Clone();
        }
    }
}
