using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>Reads and writes an <see cref="ExecuteAction"/> as a <see cref="CardAction"/>, so that its <c>type</c> is written.</summary>
internal sealed class ExecuteActionJsonConverter : JsonConverter<ExecuteAction>
{
    public override ExecuteAction? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<CardAction>(ref reader, options) switch
        {
            null => null,
            ExecuteAction execute => execute,
            var other => throw new JsonException($"Expected Action.Execute, got {other.GetType().Name}."),
        };

    public override void Write(Utf8JsonWriter writer, ExecuteAction value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize<CardAction>(writer, value, options);
}
