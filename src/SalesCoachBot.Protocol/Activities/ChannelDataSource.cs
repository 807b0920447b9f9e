using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>Where in the Teams client the activity came from (<c>message</c>, <c>compose</c>…).</summary>
public sealed record ChannelDataSource
{
    /// <summary>The source name.</summary>
    public string? Name { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
