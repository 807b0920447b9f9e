using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Connector;

/// <summary>The body of <c>POST /v3/conversations</c>: opens a 1:1 chat with a user for proactive messages.</summary>
public sealed record ConversationParameters
{
    /// <summary>False for a 1:1 chat.</summary>
    public bool IsGroup { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>The user(s); a 1:1 chat has one.</summary>
    public IReadOnlyList<ChannelAccount> Members { get; init; } = [];

    /// <summary>The tenant the chat is in.</summary>
    public string? TenantId { get; init; }

    /// <summary>Teams wants the tenant in channel data too.</summary>
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>An optional first message.</summary>
    public Activity? Activity { get; init; }
}
