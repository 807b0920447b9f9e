namespace SalesCoachBot.Protocol.Connector;

/// <summary>What became of a call to the connector, in terms a caller can act on.</summary>
public enum ConnectorOutcome
{
    /// <summary>Delivered (2xx).</summary>
    Sent,

    /// <summary>Still throttled (429) after the pipeline's retries: try again later.</summary>
    Throttled,

    /// <summary>The conversation or activity no longer exists (404).</summary>
    ConversationGone,

    /// <summary>The user blocked the bot or uninstalled the app (403).</summary>
    Blocked,

    /// <summary>The payload is over the channel's size limit (413).</summary>
    TooLarge,

    /// <summary>The service URL is not one the bot may send a token to; nothing was sent.</summary>
    Untrusted,

    /// <summary>Any other failure: 4xx, or 5xx and time-outs after the pipeline's retries.</summary>
    Failed,
}
