using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>
/// Writes a <see cref="JsonElement"/> as the bytes it was parsed from. Every element the bot holds
/// comes from a parsed, hence validated, document (an inbound activity, a card written once and kept,
/// stored state), so those bytes are already valid JSON; the default converter walks the element token
/// by token and escapes every string again, which for a card of Chinese text was most of a send's JSON work.
/// Bytes with an escape in them are written the default way, so what goes out is spelled as before.
/// </summary>
public sealed class RawJsonElementConverter : JsonConverter<JsonElement>
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static RawJsonElementConverter Instance { get; } = new();

    /// <inheritdoc />
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonElement.ParseValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var raw = value.ValueKind == JsonValueKind.Undefined ? default : JsonMarshal.GetRawUtf8Value(value);
        if (raw.IsEmpty || raw.Contains((byte)'\\'))
        {
            // Nothing to copy (the default converter then throws, as before), or text with escapes,
            // which the writer's encoder may spell differently (\u534E goes out as 华): written token by token.
            value.WriteTo(writer);
            return;
        }

        writer.WriteRawValue(raw, skipInputValidation: true);
    }
}
