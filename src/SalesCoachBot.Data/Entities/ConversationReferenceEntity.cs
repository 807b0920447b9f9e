namespace SalesCoachBot.Data.Entities;

/// <summary>Where and how to reach a user in a conversation later, without an inbound activity.</summary>
internal sealed class ConversationReferenceEntity
{
    public long Id { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ChannelId { get; set; }

    public required string ConversationId { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public required string UserId { get; set; }

    public string? UserName { get; set; }

    public string? UserAadObjectId { get; set; }

    public string? BotId { get; set; }

    public string? BotName { get; set; }

    public string? Locale { get; set; }

    /// <summary>False once the connector said the user blocked the bot or the conversation is gone.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }
}
