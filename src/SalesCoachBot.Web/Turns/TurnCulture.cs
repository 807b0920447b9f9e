using System.Globalization;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Turns;

/// <summary>The two cultures the bot speaks: zh-CN for any Chinese locale, en-US otherwise.</summary>
internal static class TurnCulture
{
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var locale = activity.Locale ?? activity.ClientInfo?.Locale;
        return locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
    }
}
