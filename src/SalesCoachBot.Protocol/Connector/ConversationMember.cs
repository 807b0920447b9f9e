using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Connector;

/// <summary>
/// A member of a conversation as <c>GET /v3/conversations/{conversationId}/members/{userId}</c> returns it
/// (Teams: a <c>TeamsChannelAccount</c>).
/// </summary>
public sealed record ConversationMember
{
    /// <summary>The channel's id of the account (Teams: <c>29:…</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>The Entra ID object id of the user.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>The user's email address, when the tenant gives it.</summary>
    public string? Email { get; init; }

    /// <summary>The user's principal name (sign-in name).</summary>
    public string? UserPrincipalName { get; init; }

    /// <summary>Given name.</summary>
    public string? GivenName { get; init; }

    /// <summary>Surname.</summary>
    public string? Surname { get; init; }

    /// <summary>The user's Entra ID tenant.</summary>
    public string? TenantId { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
