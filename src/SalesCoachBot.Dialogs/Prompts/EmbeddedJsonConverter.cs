using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Keeps a JSON value (a prompt's card) in stored state as one string holding its JSON text, so the
/// state's tree holds one value instead of the card's hundred-odd nodes, each turn it is read and
/// written. Reads that form and the earlier one, the value itself.
/// </summary>
internal sealed class EmbeddedJsonConverter : JsonConverter<JsonElement?>
{
    public override bool HandleNull => true;

    public override JsonElement? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrEmpty(text))
                {
                    return null;
                }

                using (var document = JsonDocument.Parse(text))
                {
                    return document.RootElement.Clone();
                }

            default:
                return JsonElement.ParseValue(ref reader);
        }
    }

    public override void Write(Utf8JsonWriter writer, JsonElement? value, JsonSerializerOptions options)
    {
        if (value is not { } element)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(element.GetRawText());
    }
}
