using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Messages;

/// <summary>
/// Checks that an inbound activity has what the bot needs to answer it. A missing field is the
/// sender's fault (400), never a crash deeper in the turn (500).
/// </summary>
internal static class ActivityValidator
{
    /// <summary>
    /// The longest message text a turn handles. Teams sends nothing longer (a message is at most
    /// about 28 KB); a longer one did not come from a Teams client and is not read.
    /// </summary>
    public const int MaxTextLength = 28 * 1024;

    // The activities the bot may answer through the connector: they must say where and to whom.
    private static readonly HashSet<string> AnswerableTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message,
        ActivityTypes.Invoke,
        ActivityTypes.ConversationUpdate,
        ActivityTypes.InstallationUpdate,
        ActivityTypes.MessageReaction,
    };

    /// <summary>The first problem found, or null when the activity can be processed.</summary>
    public static string? FindProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type is required";
        }

        if (!AnswerableTypes.Contains(activity.Type))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "serviceUrl is required";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl must be an absolute http(s) URL";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "channelId is required";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation.id is required";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "from.id is required";
        }

        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            return "recipient.id is required";
        }

        if (activity.Type == ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name))
        {
            return "name is required for an invoke";
        }

        if (activity.Text is { Length: > MaxTextLength })
        {
            return "text is longer than a Teams message";
        }

        return null;
    }
}
