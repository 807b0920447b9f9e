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
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new ReadOnlySetJsonConverterFactory() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlySettableProperties } },
    };

    public static string Serialize(Deal deal) => JsonSerializer.Serialize(deal, Options);

    public static Deal Deserialize(string json) =>
        JsonSerializer.Deserialize<Deal>(json, Options) ?? throw new JsonException("A stored deal is null.");

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
