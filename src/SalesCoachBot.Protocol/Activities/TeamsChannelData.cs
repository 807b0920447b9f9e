using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>The Teams-specific <c>channelData</c> of an activity.</summary>
public sealed record TeamsChannelData
{
    /// <summary>The tenant.</summary>
    public TenantInfo? Tenant { get; init; }

    /// <summary>The team, for channel conversations.</summary>
    public TeamInfo? Team { get; init; }

    /// <summary>The channel, for channel conversations.</summary>
    public ChannelInfo? Channel { get; init; }

    /// <summary>Where in the client the activity was made.</summary>
    public ChannelDataSource? Source { get; init; }

    /// <summary>Legacy fields.</summary>
    public ChannelDataLegacy? Legacy { get; init; }

    /// <summary>The event of a conversationUpdate, e.g. <c>teamMemberAdded</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
