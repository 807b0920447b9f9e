using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>A reaction on a message (<c>like</c>, <c>heart</c>…).</summary>
public sealed record MessageReaction
{
    /// <summary>The reaction type.</summary>
    public string? Type { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
