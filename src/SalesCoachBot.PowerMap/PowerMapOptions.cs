using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// Settings of the power-map picture. <see cref="PublicBaseUrl"/> comes from <c>Bot:PublicBaseUrl</c>
/// (the address Teams reaches the bot at, shared with packaging); the rest from the <c>PowerMap</c> section.
/// </summary>
public sealed class PowerMapOptions
{
    public const string SectionName = "PowerMap";

    public const string PublicBaseUrlKey = "Bot:PublicBaseUrl";

    /// <summary>
    /// The bot's public address, e.g. <c>https://bot.contoso.com</c>. Empty: no picture is published and
    /// cards fall back to text.
    /// </summary>
    [PublicBaseUrl]
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// A font file with CJK glyphs (.ttf, .otf or .ttc). Empty: the well-known CJK fonts are looked for,
    /// then any font under the usual font folders.
    /// </summary>
    public string? FontPath { get; set; }

    /// <summary>How long a published picture can be fetched.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ImageLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many pictures are kept at most; the oldest goes first when a new one would exceed it.</summary>
    [Range(1, 10_000)]
    public int MaxImages { get; set; } = 100;
}
