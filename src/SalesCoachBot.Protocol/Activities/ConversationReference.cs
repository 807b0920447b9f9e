namespace SalesCoachBot.Protocol.Activities;

/// <summary>
/// Everything needed to message a conversation later, without an inbound activity:
/// where the connector is, which conversation, who the user and the bot are.
/// </summary>
public sealed record ConversationReference
{
    /// <summary>The connector base URL for this conversation.</summary>
    public required string ServiceUrl { get; init; }

    /// <summary>The channel, e.g. <c>msteams</c>.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The conversation.</summary>
    public required ConversationAccount Conversation { get; init; }

    /// <summary>The user.</summary>
    public ChannelAccount? User { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>The tenant, for creating conversations.</summary>
    public string? TenantId { get; init; }

    /// <summary>The user's locale when last seen.</summary>
    public string? Locale { get; init; }
}
