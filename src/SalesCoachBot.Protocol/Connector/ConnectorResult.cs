namespace SalesCoachBot.Protocol.Connector;

/// <summary>The classified result of a connector call.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="StatusCode">The last HTTP status, if a response arrived.</param>
/// <param name="Id">The id the service gave the activity or conversation, when sent.</param>
/// <param name="RetryAfter">For <see cref="ConnectorOutcome.Throttled"/>: how long the service asked to wait.</param>
/// <param name="Error">A short reason for logs, when not sent.</param>
public sealed record ConnectorResult(ConnectorOutcome Outcome, int? StatusCode = null, string? Id = null, TimeSpan? RetryAfter = null, string? Error = null)
{
    /// <summary>True when the call was delivered.</summary>
    public bool IsSent => Outcome == ConnectorOutcome.Sent;

    /// <summary>True when the conversation can no longer be reached (blocked, uninstalled, gone).</summary>
    public bool IsPermanentlyUnreachable => Outcome is ConnectorOutcome.Blocked or ConnectorOutcome.ConversationGone;
}
