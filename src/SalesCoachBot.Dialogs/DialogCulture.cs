using System.Globalization;

namespace SalesCoachBot.Dialogs;

/// <summary>Maps an activity's locale to one of the two cultures the bot speaks.</summary>
internal static class DialogCulture
{
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>English for any <c>en…</c> locale; Chinese otherwise, the product's first language.</summary>
    public static CultureInfo FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
}
