using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>
/// A Bot Framework activity as Teams sends it to the bot and as the bot sends it back.
/// Every property the protocol defines that the bot reads or writes is named here; anything else
/// is kept in <see cref="Extra"/>, so that reading and writing an activity loses nothing.
/// </summary>
public sealed record Activity
{
    /// <summary>The activity type; see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The channel's id for this activity.</summary>
    public string? Id { get; init; }

    /// <summary>When the channel received it (UTC).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>The connector to answer through.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel, e.g. <c>msteams</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The receiver.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Members added (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members removed (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Reactions added (messageReaction).</summary>
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }

    /// <summary>Reactions removed (messageReaction).</summary>
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }

    /// <summary>The conversation's new topic (conversationUpdate).</summary>
    public string? TopicName { get; init; }

    /// <summary>The sender's locale, e.g. <c>zh-CN</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>The message text.</summary>
    public string? Text { get; init; }

    /// <summary>A short summary, shown where the content cannot be.</summary>
    public string? Summary { get; init; }

    /// <summary>Cards, files, HTML.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Mentions, client info and other metadata.</summary>
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>The Teams channel data.</summary>
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>installationUpdate: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; init; }

    /// <summary>The activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>A label for the value of a trace or event.</summary>
    public string? Label { get; init; }

    /// <summary>The type of <see cref="Value"/>.</summary>
    public string? ValueType { get; init; }

    /// <summary>Card submit data, an invoke's payload, an event's value.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>acceptingInput</c>, <c>expectingInput</c> or <c>ignoringInput</c>.</summary>
    public string? InputHint { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The tenant: the conversation's, else the channel data's.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;

    /// <summary>The first clientInfo entity, if any.</summary>
    [JsonIgnore]
    public Entity? ClientInfo => Entities?.FirstOrDefault(e => string.Equals(e.Type, Entity.ClientInfoType, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The message text with <c>&lt;at&gt;…&lt;/at&gt;</c> mentions of the recipient (the bot) removed
    /// and surrounding blanks trimmed: what the user typed for the bot. Mentions of other people stay.
    /// </summary>
    public string TextWithoutBotMention()
    {
        if (string.IsNullOrEmpty(Text))
        {
            return string.Empty;
        }

        var text = Text;
        var botId = Recipient?.Id;
        foreach (var mention in Entities ?? [])
        {
            if (!string.Equals(mention.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)
                || botId is null || mention.Mentioned?.Id != botId)
            {
                continue;
            }

            // Some clients leave the entity's text out; the markup is then the mentioned name.
            var markup = !string.IsNullOrEmpty(mention.Text) ? mention.Text
                : !string.IsNullOrEmpty(mention.Mentioned.Name) ? $"<at>{mention.Mentioned.Name}</at>"
                : null;
            if (markup is not null)
            {
                text = text.Replace(markup, string.Empty, StringComparison.Ordinal);
            }
        }

        // Some clients send the bot's mention markup without any entity. Only the bot's own name is
        // removed: mentions of colleagues ("ask <at>张伟</at> about the budget") are part of what the
        // user said.
        if (!string.IsNullOrEmpty(Recipient?.Name))
        {
            text = text.Replace($"<at>{Recipient.Name}</at>", string.Empty, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    /// <summary>A new message addressed back to the sender in the same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation is null ? null : new ConversationAccount
        {
            Id = Conversation.Id,
            IsGroup = Conversation.IsGroup,
            ConversationType = Conversation.ConversationType,
            TenantId = Conversation.TenantId,
        },
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    /// <summary>The reference that lets the bot message this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ServiceUrl = ServiceUrl ?? string.Empty,
        ChannelId = ChannelId ?? string.Empty,
        Conversation = Conversation ?? new ConversationAccount(),
        User = From,
        Bot = Recipient,
        TenantId = TenantId,
        Locale = Locale,
    };
}
