using System.Runtime.InteropServices;
using System.Text.Json;
using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Buffers;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// A prompt's card once it is answered: the same card, read-only. Each input shows what was sent
/// (a choice by its title), every button and select action is gone, so nothing of the old step can
/// be pressed again; a card of buttons only says which one was pressed. Written in one pass over the
/// stored card's JSON, without building a tree of it.
/// </summary>
internal static class AnsweredCard
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = DialogStateSerializer.JsonOptions.Encoder, SkipValidation = true };

    /// <summary>
    /// The read-only copy of <paramref name="card"/> answered with <paramref name="pressed"/>;
    /// <paramref name="hasInputs"/> says whether the card was a form rather than only buttons.
    /// </summary>
    public static JsonElement Build(JsonElement card, CardActionData pressed, DialogTexts texts, out bool hasInputs)
    {
        var submitted = pressed.ToJson();
        var title = pressed.Title ?? PressedTitle(card, submitted);
        hasInputs = Find(card, 0, static (element, _) => IsInput(element) ? Look.Found : Look.Descend, out _);
        var note = hasInputs ? texts.FormReceived : title is null ? texts.FormReceived : $"✓ {title}";
        using var buffer = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            var wroteBody = false;
            if (card.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in card.EnumerateObject())
                {
                    if (property.NameEquals("actions") || property.NameEquals("refresh") || property.NameEquals("selectAction"))
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    if (property.NameEquals("body"))
                    {
                        // A body that is not a list is no body: it becomes one holding the note.
                        writer.WriteStartArray();
                        if (property.Value.ValueKind == JsonValueKind.Array)
                        {
                            WriteItems(writer, property.Value, submitted, texts);
                        }

                        WriteNote(writer, note);
                        writer.WriteEndArray();
                        wroteBody = true;
                    }
                    else
                    {
                        WriteStripped(writer, property.Value, submitted, texts);
                    }
                }
            }

            if (!wroteBody)
            {
                writer.WritePropertyName("body");
                writer.WriteStartArray();
                WriteNote(writer, note);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private static void WriteNote(Utf8JsonWriter writer, string note)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", note);
        writer.WriteBoolean("isSubtle", true);
        writer.WriteBoolean("wrap", true);
        writer.WriteEndObject();
    }

    // Inputs become facts of what was sent, action sets and actions go, select actions go everywhere.
    private static void WriteStripped(Utf8JsonWriter writer, JsonElement node, JsonElement submitted, DialogTexts texts)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                writer.WriteStartArray();
                WriteItems(writer, node, submitted, texts);
                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in node.EnumerateObject())
                {
                    if (property.NameEquals("selectAction"))
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    WriteStripped(writer, property.Value, submitted, texts);
                }

                writer.WriteEndObject();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private static void WriteItems(Utf8JsonWriter writer, JsonElement array, JsonElement submitted, DialogTexts texts)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (IsAction(item) || HasType(item, "\"ActionSet\""u8))
            {
                continue;
            }

            if (IsInput(item))
            {
                WriteAnswer(writer, item, Text(item, "type")!, submitted, texts);
                continue;
            }

            WriteStripped(writer, item, submitted, texts);
        }
    }

    private static void WriteAnswer(Utf8JsonWriter writer, JsonElement input, string type, JsonElement submitted, DialogTexts texts)
    {
        var id = Text(input, "id") ?? string.Empty;
        var label = Text(input, "label") ?? Text(input, "title") ?? Text(input, "placeholder") ?? id;
        var raw = submitted.ValueKind == JsonValueKind.Object && submitted.TryGetProperty(id, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var shown = type switch
        {
            "Input.ChoiceSet" when raw is not null => string.Join(", ", raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => ChoiceTitle(input, v) ?? v)),
            "Input.Toggle" => raw is not null && raw == (Text(input, "valueOn") ?? "true") ? texts.Yes : texts.No,
            _ => raw,
        };
        writer.WriteStartObject();
        writer.WriteString("type", "FactSet");
        writer.WriteStartArray("facts");
        writer.WriteStartObject();
        writer.WriteString("title", label);
        // A fact's value renders Markdown: what the user typed shows as typed, never as a link.
        writer.WriteString("value", string.IsNullOrWhiteSpace(shown) ? "—" : CardText.Escape(shown));
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string? ChoiceTitle(JsonElement input, string value)
    {
        if (!input.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var choice in choices.EnumerateArray())
        {
            if (choice.ValueKind == JsonValueKind.Object && Text(choice, "value") == value)
            {
                return Text(choice, "title");
            }
        }

        return null;
    }

    // Without the client's word (an Action.Submit message), the button whose data the submit carries.
    private static string? PressedTitle(JsonElement card, JsonElement submitted) =>
        Find(card, submitted, static (element, submitted) => !IsAction(element) ? Look.Descend
            : element.TryGetProperty("data"u8, out var data) && data.ValueKind == JsonValueKind.Object && Carries(submitted, data) ? Look.Found
            : Look.Stop, out var action)
            ? Text(action, "title")
            : null;

    // Every value of the button's own data (the form marker aside) is in the submit, and there is one.
    private static bool Carries(JsonElement submitted, JsonElement data)
    {
        var own = false;
        foreach (var property in data.EnumerateObject())
        {
            if (property.NameEquals("dialogForm"))
            {
                continue;
            }

            own = true;
            if (submitted.ValueKind != JsonValueKind.Object || !submitted.TryGetProperty(property.Name, out var sent) || !JsonElement.DeepEquals(sent, property.Value))
            {
                return false;
            }
        }

        return own;
    }

    private enum Look
    {
        /// <summary>Not this element: search its children.</summary>
        Descend,

        /// <summary>Not this element, nor anything inside it.</summary>
        Stop,

        /// <summary>This element.</summary>
        Found,
    }

    /// <summary>
    /// The first element of the card, depth first in document order, that <paramref name="look"/> finds;
    /// a show-card's inner card is not searched. A walk over the parsed JSON that allocates nothing.
    /// </summary>
    private static bool Find<TState>(JsonElement node, TState state, Func<JsonElement, TState, Look> look, out JsonElement found)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                switch (look(node, state))
                {
                    case Look.Found:
                        found = node;
                        return true;
                    case Look.Stop:
                        found = default;
                        return false;
                }

                foreach (var property in node.EnumerateObject())
                {
                    if (!property.NameEquals("card"u8) && Find(property.Value, state, look, out found))
                    {
                        return true;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    if (Find(item, state, look, out found))
                    {
                        return true;
                    }
                }

                break;
        }

        found = default;
        return false;
    }

    private static bool IsInput(JsonElement element) => HasType(element, "\"Input."u8);

    private static bool IsAction(JsonElement element) => HasType(element, "\"Action."u8);

    // The element's "type" starts with the quoted prefix, read from the JSON's own bytes (the card's
    // type names are ASCII, never escaped) rather than as a new string for every element of the card.
    private static bool HasType(JsonElement element, ReadOnlySpan<byte> quotedPrefix) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("type"u8, out var type)
        && type.ValueKind == JsonValueKind.String
        && JsonMarshal.GetRawUtf8Value(type).StartsWith(quotedPrefix);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
