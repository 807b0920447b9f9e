using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep;

/// <summary>
/// The longest text each field accepts and the most items each list holds. A card's <c>maxLength</c>
/// and the server's check read the same number here, because a client (or anyone posting to the
/// endpoint) may ignore the card's; typed answers are held to the same kind of limit.
/// </summary>
internal static class InputLimits
{
    public const int CustomerName = 200;
    public const int DealName = 200;
    public const int PersonName = 100;
    public const int PersonTitle = 100;

    /// <summary>Each item of the visit checklist.</summary>
    public const int VisitNote = 1000;

    /// <summary>The debrief's action commitment (it starts as the checklist's commitment to ask) and deal progress.</summary>
    public const int DebriefText = VisitNote;

    /// <summary>The manager's name, email or UPN typed to link to them (an email is at most 254).</summary>
    public const int ManagerSearch = 254;

    /// <summary>A typed time zone (IANA names are far shorter).</summary>
    public const int TimeZone = 64;

    /// <summary>People on one deal.</summary>
    public const int PeoplePerDeal = 50;

    /// <summary>Deals one rep owns.</summary>
    public const int DealsPerRep = 200;

    /// <summary>
    /// The refusal naming the first of <paramref name="fields"/> (input id, limit, the field's label as
    /// the card shows it) whose submitted text is longer than its limit; null when all fit.
    /// </summary>
    public static string? TooLong(JsonElement form, CultureInfo culture, params (string Id, int Max, string Label)[] fields)
    {
        foreach (var (id, max, label) in fields)
        {
            if (FormValues.Text(form, id) is { } text && text.Length > max)
            {
                return Refusal(label, max, culture);
            }
        }

        return null;
    }

    /// <summary>The refusal for a typed answer longer than <paramref name="max"/>; null when it fits.</summary>
    public static string? TooLong(string? typed, int max, string label, CultureInfo culture) =>
        typed is { } text && text.Length > max ? Refusal(label, max, culture) : null;

    /// <summary>"Too many …: at most N. Nothing was saved." for a list that is full.</summary>
    public static string TooMany(string what, int max, CultureInfo culture) => CoachingText.Format("Input.TooMany", culture, what, max);

    private static string Refusal(string label, int max, CultureInfo culture) => CoachingText.Format("Input.TooLong", culture, label, max);
}
