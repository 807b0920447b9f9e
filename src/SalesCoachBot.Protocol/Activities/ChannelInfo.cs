using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>A channel inside a team.</summary>
public sealed record ChannelInfo
{
    /// <summary>Channel id.</summary>
    public string? Id { get; init; }

    /// <summary>Channel name.</summary>
    public string? Name { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
