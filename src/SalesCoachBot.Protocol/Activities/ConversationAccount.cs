using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>Conversation id (Teams personal chats: <c>a:…</c>; channels: <c>19:…@thread…</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Display name, for group conversations.</summary>
    public string? Name { get; init; }

    /// <summary>Whether more than two parties take part.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The Entra tenant of the conversation.</summary>
    public string? TenantId { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
