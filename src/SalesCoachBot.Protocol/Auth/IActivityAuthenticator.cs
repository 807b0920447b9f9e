using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// Decides whether an inbound <c>POST /api/messages</c> comes from the Bot Connector service:
/// validates the bearer token and checks it against the activity (service URL, channel endorsement).
/// </summary>
public interface IActivityAuthenticator
{
    /// <summary>Checks the request's <c>Authorization</c> header value against the activity.</summary>
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
