using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed record ChannelAccount
{
    /// <summary>The channel's id of the account (Teams: <c>29:…</c> users, <c>28:…</c> bots).</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>The Entra ID object id of a user.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>The account's role (<c>user</c> or <c>bot</c>) when the channel gives it.</summary>
    public string? Role { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
