using System.Buffers;
using System.Runtime.InteropServices;
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
                return ParseEmbedded(ref reader);

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

        // The element's own UTF-8 bytes, escaped as a string: no UTF-16 copy of the card on the way.
        writer.WriteStringValue(JsonMarshal.GetRawUtf8Value(element));
    }

    // The string's unescaped UTF-8 text parsed where it lies in pooled memory (no UTF-16 string of the card).
    private static JsonElement? ParseEmbedded(ref Utf8JsonReader reader)
    {
        var escaped = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (escaped == 0)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(escaped);
        try
        {
            var length = reader.CopyString(buffer);
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
            return document.RootElement.Clone();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
