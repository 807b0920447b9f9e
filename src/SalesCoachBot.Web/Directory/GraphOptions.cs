using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Web.Directory;

/// <summary>
/// The <c>Graph</c> section: users' managers from Microsoft Entra ID. Off unless <see cref="Enabled"/>; then
/// the app registration of the bot (<c>MicrosoftAppId</c> and its secret, or its managed identity) needs the
/// application permission <c>User.Read.All</c> with admin consent.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public bool Enabled { get; set; }

    /// <summary>Graph's root, up to the version (a national cloud has its own).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The client-credentials scope of that Graph.</summary>
    [Required]
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>The Entra tenant to read; empty takes <c>MicrosoftAppTenantId</c>.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>How often the worker looks for users due (new ones are also handled as soon as they are seen).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Users asked about per batch.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long one Graph request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
