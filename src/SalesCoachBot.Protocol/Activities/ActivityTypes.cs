namespace SalesCoachBot.Protocol.Activities;

/// <summary>The activity types the bot reads or writes (Bot Framework <c>type</c> values).</summary>
public static class ActivityTypes
{
    /// <summary>A chat message, including card submits (<c>value</c> without <c>text</c>).</summary>
    public const string Message = "message";

    /// <summary>Members added or removed, or conversation properties changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The app was installed (<c>action: add</c>) or uninstalled (<c>remove</c>).</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A request that is answered in the HTTP response, e.g. <c>adaptiveCard/action</c>.</summary>
    public const string Invoke = "invoke";

    /// <summary>Reactions added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>The typing indicator.</summary>
    public const string Typing = "typing";

    /// <summary>A notification event.</summary>
    public const string Event = "event";
}
