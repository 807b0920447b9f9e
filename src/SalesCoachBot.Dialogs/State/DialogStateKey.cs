using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.State;

/// <summary>The key a conversation's dialog state is stored under.</summary>
public static class DialogStateKey
{
    /// <summary>
    /// Channel and conversation; in a group chat or channel also the user, so that two people
    /// answering the bot in one thread each have their own stack.
    /// </summary>
    public static string For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        var key = $"{activity.ChannelId}|{conversation?.Id}";
        var shared = conversation?.IsGroup == true
            || (conversation?.ConversationType is { } type && !string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase));
        return shared ? $"{key}|{activity.From?.Id}" : key;
    }
}
