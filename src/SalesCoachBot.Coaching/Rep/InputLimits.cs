using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Resources;

namespace SalesCoachBot.Coaching.Rep;

/// <summary>
/// The longest text each form accepts: the card's <c>maxLength</c> and the server's check are the
/// same number, because a client (or anyone posting to the endpoint) may ignore the card's.
/// </summary>
internal static class InputLimits
{
    public const int CustomerName = 200;
    public const int DealName = 200;
    public const int PersonName = 100;
    public const int PersonTitle = 100;
    public const int VisitNote = 1000;
    public const int DebriefText = 500;

    /// <summary>
    /// The refusal naming the first field of <paramref name="fields"/> (input id, limit, label key in
    /// the rep texts) whose text is longer than its limit; null when all fit.
    /// </summary>
    public static string? TooLong(JsonElement form, CultureInfo culture, params (string Id, int Max, string LabelKey)[] fields)
    {
        foreach (var (id, max, labelKey) in fields)
        {
            if (FormValues.Text(form, id) is { } text && text.Length > max)
            {
                return CoachingText.Format("Input.TooLong", culture, RepText.Get(labelKey, culture), max);
            }
        }

        return null;
    }
}
