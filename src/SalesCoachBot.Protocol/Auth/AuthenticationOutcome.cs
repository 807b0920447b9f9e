using System.Security.Claims;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>The result of checking an inbound request's token against its activity.</summary>
/// <param name="IsAuthenticated">Whether the request may be processed.</param>
/// <param name="FailureReason">Why not, for the log (never sent to the caller).</param>
/// <param name="Identity">The validated claims, when authenticated with a token.</param>
public sealed record AuthenticationOutcome(bool IsAuthenticated, string? FailureReason = null, ClaimsIdentity? Identity = null)
{
    /// <summary>Accepted without a token (local mode).</summary>
    public static AuthenticationOutcome Anonymous { get; } = new(true);

    /// <summary>Refused for the given reason.</summary>
    public static AuthenticationOutcome Fail(string reason) => new(false, reason);
}
