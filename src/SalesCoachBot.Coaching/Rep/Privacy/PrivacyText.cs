using System.Globalization;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>The privacy texts the administrator's tools print (in the rep texts, <c>Stakeholder.*</c>).</summary>
public static class PrivacyText
{
    public static string Get(string key, CultureInfo culture) => RepText.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => RepText.Format(key, culture, arguments);
}
