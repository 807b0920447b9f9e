using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// The bot coaches one person at a time, about deals that are theirs: it serves only Teams'
/// personal chats (the <c>Bot</c> section may add development channels and narrow the tenants), so
/// nothing a rep says about a customer is shown to a group, and no group is a proactive target.
/// </summary>
public sealed class ConversationScopePolicy(IOptions<ConversationScopeOptions> options)
{
    /// <summary>The conversation type of a Teams 1:1 chat with the bot.</summary>
    public const string Personal = "personal";

    public ConversationScope Classify(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;
        var channels = settings.AllowedChannels is { Count: > 0 } listed ? listed : ConversationScopeOptions.DefaultChannels;
        if (activity.ChannelId is not { } channel || !channels.Contains(channel, StringComparer.OrdinalIgnoreCase))
        {
            return ConversationScope.Ignored;
        }

        if (!IsAllowedTenant(activity.TenantId))
        {
            return ConversationScope.Ignored;
        }

        return IsPersonal(activity.Conversation) ? ConversationScope.Served : ConversationScope.Refused;
    }

    /// <summary>
    /// A Teams personal chat; channels without conversation types (the emulator, Web Chat) are
    /// 1:1 unless they say they are a group.
    /// </summary>
    public static bool IsPersonal(ConversationAccount? conversation) =>
        conversation?.ConversationType is { } type
            ? string.Equals(type, Personal, StringComparison.OrdinalIgnoreCase)
            : conversation?.IsGroup != true;

    /// <summary>Whether <paramref name="tenantId"/> is served: any tenant when no list is set, else only those listed.</summary>
    public bool IsAllowedTenant(string? tenantId) =>
        options.Value.AllowedTenants is not { Count: > 0 } tenants
        || (tenantId is not null && tenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));
}
