using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using SalesCoachBot.Protocol.Cards;

using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.TestSupport.Cards;

/// <summary>
/// The official Adaptive Cards 1.5 schema from <c>../shared/schemas</c>, and the 28 KB Teams limit.
/// The schema allows no property it does not name, so the Teams-only <c>msteams</c> extension is
/// checked on its own and removed before validation.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(TeamsFixtures.SchemaPath("adaptive-card-1.5.json")).GetAwaiter().GetResult());

    /// <summary>The problems of a card; empty when it is valid and small enough.</summary>
    public static IReadOnlyList<string> Problems(JsonElement card)
    {
        var problems = new List<string>();
        var size = System.Text.Encoding.UTF8.GetByteCount(card.GetRawText());
        if (size >= CardSerializer.MaxCardBytes)
        {
            problems.Add($"card is {size} bytes, at or over {CardSerializer.MaxCardBytes}");
        }

        var node = JsonNode.Parse(card.GetRawText())!.AsObject();
        // The schema only says "string"; the renderers refuse anything but a two-letter ISO 639-1 code.
        if (node["lang"] is { } lang && !System.Text.RegularExpressions.Regex.IsMatch(lang.GetValue<string>(), "^[a-z]{2}$"))
        {
            problems.Add($"lang '{lang}' is not a two-letter ISO 639-1 code");
        }

        if (node["msteams"] is JsonObject msteams)
        {
            if (msteams["width"] is { } width && width.GetValue<string>() != "Full")
            {
                problems.Add($"msteams.width '{width}' is not 'Full'");
            }

            node.Remove("msteams");
        }

        // Renderers address elements by id (inputs, toggles, the gap-<RULE-ID> containers): an id must be unique.
        problems.AddRange(ElementIds(card).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"element id '{g.Key}' appears {g.Count()} times"));
        problems.AddRange(Schema.Value.Validate(node.ToJsonString()).Select(e => $"{e.Path}: {e.Kind}"));
        return problems;
    }

    /// <summary>Every element id on the card (objects that have a <c>type</c> and an <c>id</c>), in document order.</summary>
    public static IEnumerable<string> ElementIds(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out _) && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                yield return id.GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var nested in ElementIds(property.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in element.EnumerateArray().SelectMany(ElementIds))
            {
                yield return nested;
            }
        }
    }
}
