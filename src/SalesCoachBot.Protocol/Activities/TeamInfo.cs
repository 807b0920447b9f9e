using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>The team of a Teams channel conversation.</summary>
public sealed record TeamInfo
{
    /// <summary>Team id (the General channel's thread id).</summary>
    public string? Id { get; init; }

    /// <summary>Team name.</summary>
    public string? Name { get; init; }

    /// <summary>The Microsoft 365 group of the team.</summary>
    public string? AadGroupId { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
