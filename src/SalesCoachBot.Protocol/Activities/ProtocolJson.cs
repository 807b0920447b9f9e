using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>The JSON settings of the Bot Framework wire format: camelCase, nulls left out.</summary>
public static class ProtocolJson
{
    /// <summary>Options for reading and writing activities, cards and connector payloads.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// For a <see cref="Utf8JsonWriter"/> that <see cref="Options"/> write through: the writer's encoder,
    /// not the serializer's, decides the escaping, so without these Chinese text would go out as
    /// six-byte \uXXXX escapes. Cards are measured against Teams' 28 KB limit and sent this way.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = Options.Encoder,
        SkipValidation = true,
    };

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Chinese text goes out as UTF-8, not as \uXXXX escapes: smaller and readable in logs.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };
        options.Converters.Add(RawJsonElementConverter.Instance);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
