using System.Globalization;
using System.Resources;

namespace SalesCoachBot.Coaching.Rep;

/// <summary>The texts of the rep's flows (RepTexts.resx is en-US, RepTexts.zh-CN.resx is zh-CN).</summary>
internal static class RepText
{
    public static ResourceManager ResourceManager { get; } = new("SalesCoachBot.Coaching.Rep.RepTexts", typeof(RepText).Assembly);

    /// <summary>The text for <paramref name="key"/>; throws when the key is missing so a gap in the resources fails loudly.</summary>
    public static string Get(string key, CultureInfo culture) =>
        ResourceManager.GetString(key, culture) ?? throw new KeyNotFoundException($"No rep text for key '{key}'.");

    public static string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);

    /// <summary>One culture's own resources, without fallback; lets tests prove each culture is complete.</summary>
    internal static ResourceSet? ResourceSetFor(CultureInfo culture) =>
        ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
}
