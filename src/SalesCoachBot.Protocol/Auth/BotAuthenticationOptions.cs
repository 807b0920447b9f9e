using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// Where the inbound token checks get their signing keys, and how lenient they are with clocks.
/// Bound from the <c>BotAuthentication</c> configuration section; the defaults are the public
/// cloud's endpoints, tests point them at a loopback server.
/// </summary>
public sealed class BotAuthenticationOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BotAuthentication";

    /// <summary>The Bot Framework OpenID metadata (tokens issued by <see cref="BotFrameworkIssuer"/>).</summary>
    [Required]
    [Url]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra ID metadata used for Entra-issued tokens of a MultiTenant bot.</summary>
    [Required]
    [Url]
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// The tenant-specific Entra ID metadata for a SingleTenant bot; <c>{tenantId}</c> is replaced
    /// by <see cref="BotOptions.MicrosoftAppTenantId"/>.
    /// </summary>
    [Required]
    public string EntraTenantOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>The issuer of tokens the Bot Connector service signs with the Bot Framework keys.</summary>
    [Required]
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The Bot Framework's own Entra tenants, whose v1 and v2 issuers are accepted.</summary>
    public IList<string> BotFrameworkTenantIds { get; } = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>
    /// The Entra app ids (the <c>appid</c> claim of a v1 token, <c>azp</c> of a v2 token) whose
    /// Entra-issued tokens are accepted. A token Entra issues to any other app of an accepted tenant is
    /// refused, even with our app id as its audience: holding one proves nothing about the Bot Connector.
    /// </summary>
    /// <remarks>
    /// Empty by default, so Entra-issued tokens are refused until an operator names the callers; Bot
    /// Framework tokens (<see cref="BotFrameworkIssuer"/>) are not affected. Microsoft publishes no
    /// app id for the Bot Connector's Entra tokens that a bot could trust by default:
    /// microsoft/botbuilder-dotnet <c>libraries/Microsoft.Bot.Connector/Authentication/ParameterizedBotFrameworkAuthentication.cs</c>
    /// accepts a Bot Framework tenant's token only when its appid/azp is the bot's own app id (the
    /// Emulator's case) and sends every other caller to the skill check, which refuses unless allowed
    /// callers are configured; microsoft/Agents-for-net <c>src/samples/Shared/AspNetExtensions.cs</c>
    /// (<c>TokenValidationOptions.AllowedCallers</c>) checks the same two claims against a list that
    /// ships empty, and <c>src/libraries/Core/Microsoft.Agents.Authentication/AuthenticationConstants.cs</c>
    /// names no such id. The bot's own app id is not implied either: add it to accept tokens the bot's
    /// own credentials obtained (e.g. the Bot Framework Emulator).
    /// </remarks>
    public IList<string> TrustedCallerAppIds { get; } = [];

    /// <summary>Tolerated difference between the sender's clock and ours for <c>nbf</c>/<c>exp</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the metadata and keys are fetched again when nothing asks sooner.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Refuse metadata over plain HTTP (only tests on loopback turn this off).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Each trusted caller must be an app id (a GUID): a typo must not pass silently as "nobody".</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var appId in TrustedCallerAppIds)
        {
            if (!Guid.TryParse(appId, out _))
            {
                yield return new ValidationResult(
                    $"BotAuthentication:TrustedCallerAppIds must hold Entra app ids (GUIDs); '{UntrustedText.Bound(appId, 40)}' is not one.",
                    [nameof(TrustedCallerAppIds)]);
            }
        }
    }
}
