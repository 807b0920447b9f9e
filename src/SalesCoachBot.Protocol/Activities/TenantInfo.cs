using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>The Entra tenant in Teams channel data.</summary>
public sealed record TenantInfo
{
    /// <summary>Tenant id.</summary>
    public string? Id { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
