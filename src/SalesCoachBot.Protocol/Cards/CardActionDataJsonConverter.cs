using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// Writes <see cref="CardActionData"/> as the wire <c>data</c> object and reads it back, so a card
/// action stored as a dialog's options comes back the same, through the same keys.
/// </summary>
internal sealed class CardActionDataJsonConverter : JsonConverter<CardActionData>
{
    public override CardActionData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CardActionData.FromData(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, CardActionData value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        value.ToJson().WriteTo(writer);
    }
}
