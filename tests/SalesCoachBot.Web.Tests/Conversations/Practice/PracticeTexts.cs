using System.Globalization;
using System.Resources;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Web.Tests.Conversations.Practice;

/// <summary>The practice feature's resources (internal to Coaching), read the way the bot reads them.</summary>
internal static class PracticeTexts
{
    private static readonly ResourceManager Resources = new("SalesCoachBot.Coaching.Practice.PracticeTexts", typeof(CoachingText).Assembly);

    public static string Get(string key, string locale) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(locale)) ?? throw new KeyNotFoundException(key);

    public static string Format(string key, string locale, params object?[] arguments) =>
        string.Format(CultureInfo.GetCultureInfo(locale), Get(key, locale), arguments);
}
