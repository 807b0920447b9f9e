using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>Legacy fields Teams still sends, such as the replied-to message of a card action.</summary>
public sealed record ChannelDataLegacy
{
    /// <summary>The id of the message a card action came from.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
