using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// A prompt's card once it is answered: the same card, read-only. Each input shows what was sent
/// (a choice by its title), every button and select action is gone, so nothing of the old step can
/// be pressed again; a card of buttons only says which one was pressed.
/// </summary>
internal static class AnsweredCard
{
    /// <summary>True when the card has inputs (a form) rather than only buttons.</summary>
    public static bool HasInputs(JsonElement card) => Inputs(JsonNode.Parse(card.GetRawText())).Any();

    /// <summary>The read-only copy of <paramref name="card"/> answered with <paramref name="pressed"/>.</summary>
    public static JsonElement Build(JsonElement card, CardActionData pressed, DialogTexts texts)
    {
        var root = JsonNode.Parse(card.GetRawText())!.AsObject();
        var submitted = pressed.ToJson();
        var title = pressed.Title ?? PressedTitle(root, submitted);
        var hasInputs = Inputs(root).Any();
        Strip(root, submitted, texts);
        root.Remove("actions");
        root.Remove("refresh");
        root.Remove("selectAction");
        var body = root["body"] as JsonArray ?? [];
        root["body"] = body;
        var note = hasInputs ? texts.FormReceived : title is null ? texts.FormReceived : $"✓ {title}";
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = note, ["isSubtle"] = true, ["wrap"] = true });
        return JsonSerializer.SerializeToElement(root, DialogStateSerializer.JsonOptions);
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject obj when IsInput(obj) => [obj],
        JsonObject obj => obj.Where(p => p.Key != "card").SelectMany(p => Inputs(p.Value)),
        JsonArray array => array.SelectMany(Inputs),
        _ => [],
    };

    private static bool IsInput(JsonObject obj) =>
        obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name.StartsWith("Input.", StringComparison.Ordinal);

    private static bool IsAction(JsonNode? node) =>
        node is JsonObject obj && obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name.StartsWith("Action.", StringComparison.Ordinal);

    // Inputs become facts of what was sent, action sets and select actions go.
    private static void Strip(JsonNode? node, JsonElement submitted, DialogTexts texts)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is JsonObject item && item["type"] is JsonValue t && t.TryGetValue<string>(out var type))
                    {
                        if (type == "ActionSet" || IsAction(item))
                        {
                            array.RemoveAt(i);
                            continue;
                        }

                        if (IsInput(item))
                        {
                            array[i] = Answer(item, submitted, texts);
                            continue;
                        }
                    }

                    Strip(array[i], submitted, texts);
                }

                break;
            case JsonObject obj:
                obj.Remove("selectAction");
                foreach (var (_, value) in obj.ToList())
                {
                    Strip(value, submitted, texts);
                }

                break;
        }
    }

    private static JsonObject Answer(JsonObject input, JsonElement submitted, DialogTexts texts)
    {
        var id = input["id"]?.GetValue<string>() ?? string.Empty;
        var label = Text(input["label"]) ?? Text(input["title"]) ?? Text(input["placeholder"]) ?? id;
        var raw = submitted.TryGetProperty(id, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var type = input["type"]!.GetValue<string>();
        var shown = type switch
        {
            "Input.ChoiceSet" when raw is not null => string.Join(", ", raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => (input["choices"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => Text(c["value"]) == v) is { } choice ? Text(choice["title"]) ?? v : v)),
            "Input.Toggle" => raw is not null && raw == (Text(input["valueOn"]) ?? "true") ? texts.Yes : texts.No,
            _ => raw,
        };
        return new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray(new JsonObject { ["title"] = label, ["value"] = string.IsNullOrWhiteSpace(shown) ? "—" : shown }),
        };
    }

    // Without the client's word (an Action.Submit message), the button whose data the submit carries.
    private static string? PressedTitle(JsonObject card, JsonElement submitted)
    {
        foreach (var action in Actions(card))
        {
            if (action["data"] is not JsonObject data)
            {
                continue;
            }

            var matches = data.All(p => p.Key == "dialogForm"
                || (submitted.TryGetProperty(p.Key, out var sent) && JsonNode.DeepEquals(JsonNode.Parse(sent.GetRawText()), p.Value)));
            if (matches && data.Any(p => p.Key != "dialogForm"))
            {
                return Text(action["title"]);
            }
        }

        return null;
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when IsAction(obj) => [obj],
        JsonObject obj => obj.Where(p => p.Key != "card").SelectMany(p => Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
