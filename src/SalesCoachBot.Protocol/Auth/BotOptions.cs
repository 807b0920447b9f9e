using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// The bot's identity, under the names Azure Bot registrations use (configuration root keys).
/// An empty <see cref="MicrosoftAppId"/> means local mode: no inbound or outbound authentication.
/// </summary>
public sealed class BotOptions
{
    /// <summary>The bot's Entra app id; empty for local mode.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The app's client secret.</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>The app's home tenant (required for SingleTenant).</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c> (a managed identity whose client id is the app id).</summary>
    [RegularExpression("^(MultiTenant|SingleTenant|UserAssignedMSI)$")]
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>True when the bot signs in as a user-assigned managed identity (no secret).</summary>
    public bool IsManagedIdentity => string.Equals(MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the bot's identity lives in one tenant (SingleTenant, or a managed identity).</summary>
    public bool IsTenantBound => IsManagedIdentity || string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when no app id is configured: the bot trusts unauthenticated local clients.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
