using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Data.Entities.Deals;

/// <summary>
/// The <see cref="Deal"/> aggregate as stored. Enums are written by name so reordering an enum
/// never changes a stored deal's meaning; computed properties (<c>KeyPerson</c>, <c>Coaches</c>,
/// <c>CurrentSupport</c>…) are left out because they are derived from the stored ones.
/// </summary>
internal static class DealJsonSerializer
{
    // Deals read lately, by id. Bounded: past the limit it starts over (reads parse again, nothing is lost).
    private const int MaxRecent = 1024;

    private static readonly ConcurrentDictionary<Guid, (string Json, Deal Deal)> Recent = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new ReadOnlySetJsonConverterFactory() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlySettableProperties } },
    };

    public static string Serialize(Deal deal) => JsonSerializer.Serialize(deal, Options);

    public static Deal Deserialize(string json) =>
        JsonSerializer.Deserialize<Deal>(json, Options) ?? throw new JsonException("A stored deal is null.");

    /// <summary>
    /// The deal stored as <paramref name="json"/>, parsed again only when that text differs from the
    /// last one read for this deal. A rep's turns read their deal on nearly every step, and the parse was
    /// the largest part of the read. <see cref="Deal"/> is immutable, so one parsed value serves every turn
    /// that reads the same text; the text itself is compared, so a change written by another instance is
    /// always seen.
    /// </summary>
    public static Deal DeserializeRecent(Guid id, string json)
    {
        if (Recent.TryGetValue(id, out var known) && string.Equals(known.Json, json, StringComparison.Ordinal))
        {
            return known.Deal;
        }

        var deal = Deserialize(json);
        Remember(id, json, deal);
        return deal;
    }

    private static void Remember(Guid id, string json, Deal deal)
    {
        if (Recent.Count >= MaxRecent)
        {
            Recent.Clear();
        }

        Recent[id] = (json, deal);
    }

    private static void OnlySettableProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
