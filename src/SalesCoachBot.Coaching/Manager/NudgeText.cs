using System.Globalization;
using System.Resources;

namespace SalesCoachBot.Coaching.Manager;

/// <summary>The nudge feature's texts (NudgeTexts.resx is en-US, NudgeTexts.zh-CN.resx is zh-CN).</summary>
public static class NudgeText
{
    public static ResourceManager Resources { get; } = new("SalesCoachBot.Coaching.Manager.NudgeTexts", typeof(NudgeText).Assembly);

    /// <summary>The text for <paramref name="key"/>; throws when the key is missing so a gap in the resources fails loudly.</summary>
    public static string Get(string key, CultureInfo culture)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(culture);
        return Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No nudge text for key '{key}'.");
    }

    public static string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);

    /// <summary>One culture's own resources, without fallback; lets tests prove each culture is complete.</summary>
    internal static ResourceSet? ResourceSetFor(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
}
