using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>What a card button tells a flow: which deal, which person (a person id or <see cref="NewPerson"/>).</summary>
internal sealed record FlowOptions
{
    public const string NewPerson = "new";

    [JsonPropertyName("dealId")]
    public string? DealId { get; init; }

    [JsonPropertyName("personId")]
    public string? PersonId { get; init; }

    public static FlowOptions From(object? options) => options switch
    {
        FlowOptions typed => typed,
        JsonElement { ValueKind: JsonValueKind.Object } element => Read(element),
        System.Text.Json.Nodes.JsonObject node => Read(JsonSerializer.SerializeToElement(node)),
        _ => new FlowOptions(),
    };

    private static FlowOptions Read(JsonElement element) => new()
    {
        DealId = element.TryGetProperty("dealId", out var deal) && deal.ValueKind == JsonValueKind.String ? deal.GetString() : null,
        PersonId = element.TryGetProperty("personId", out var person) && person.ValueKind == JsonValueKind.String ? person.GetString() : null,
    };
}
