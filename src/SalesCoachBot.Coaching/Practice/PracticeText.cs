using System.Globalization;
using System.Resources;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>The practice feature's user-facing texts (PracticeTexts.resx is en-US, PracticeTexts.zh-CN.resx is zh-CN).</summary>
internal static class PracticeText
{
    public static ResourceManager ResourceManager { get; } = new("SalesCoachBot.Coaching.Practice.PracticeTexts", typeof(PracticeText).Assembly);

    /// <summary>The text for <paramref name="key"/>; throws when the key is missing so a gap fails loudly.</summary>
    public static string Get(string key, CultureInfo culture)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(culture);
        return ResourceManager.GetString(key, culture) ?? throw new KeyNotFoundException($"No practice text for key '{key}'.");
    }

    public static string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);

    /// <summary>One culture's own resources, without fallback; lets tests prove each culture is complete.</summary>
    internal static ResourceSet? ResourceSetFor(CultureInfo culture) =>
        ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
}
