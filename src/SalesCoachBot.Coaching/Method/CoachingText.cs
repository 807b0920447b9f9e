using System.Globalization;
using System.Resources;

namespace SalesCoachBot.Coaching.Method;

/// <summary>
/// Every user-facing text of the coaching domain, per culture (CoachingTexts.resx is en-US,
/// CoachingTexts.zh-CN.resx is zh-CN). Enum labels use the key <c>Enum.{Type}.{Value}</c>.
/// </summary>
public static class CoachingText
{
    private static readonly ResourceManager Resources = new("SalesCoachBot.Coaching.Method.CoachingTexts", typeof(CoachingText).Assembly);

    /// <summary>The text for <paramref name="key"/>; throws when the key is missing so a gap in the resources fails loudly.</summary>
    public static string Get(string key, CultureInfo culture)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(culture);
        return Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No coaching text for key '{key}'.");
    }

    public static string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);

    public static string LabelKey<TEnum>(TEnum value)
        where TEnum : struct, Enum => $"Enum.{typeof(TEnum).Name}.{value}";

    public static string Label<TEnum>(TEnum value, CultureInfo culture)
        where TEnum : struct, Enum => Get(LabelKey(value), culture);

    /// <summary>One culture's own resources, without fallback; lets tests prove each culture is complete.</summary>
    internal static ResourceSet? ResourceSetFor(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
}
