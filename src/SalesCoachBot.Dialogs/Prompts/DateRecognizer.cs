using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoachBot.Dialogs.Interruptions;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Finds a calendar date in a typed answer: ISO and slashed forms (2026-12-01, 2026/12/1),
/// Chinese forms (2026年12月1日, 12月1日, 12月1号), month/day (12/1; en-US also 12/1/2026 and
/// "December 1"), and relative words (today, tomorrow, 明天, 后天…) counted from <c>today</c>.
/// </summary>
internal static partial class DateRecognizer
{
    private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.Ordinal)
    {
        ["today"] = 0,
        ["今天"] = 0,
        ["今日"] = 0,
        ["tomorrow"] = 1,
        ["明天"] = 1,
        ["明日"] = 1,
        ["day after tomorrow"] = 2,
        ["the day after tomorrow"] = 2,
        ["后天"] = 2,
        ["yesterday"] = -1,
        ["昨天"] = -1,
    };

    private static readonly string[] EnglishFormats = ["MMMM d", "MMM d", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "d MMMM", "d MMM"];

    public static bool TryRecognize(string? text, CultureInfo culture, DateOnly today, out DateOnly date)
    {
        date = default;
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return false;
        }

        if (RelativeDays.TryGetValue(normalized, out var offset))
        {
            date = today.AddDays(offset);
            return true;
        }

        var full = YearMonthDay().Match(normalized);
        if (full.Success)
        {
            return TryCreate(full.Groups["y"].Value, full.Groups["m"].Value, full.Groups["d"].Value, out date);
        }

        var english = culture.TwoLetterISOLanguageName == "en";
        var slashed = MonthDayYear().Match(normalized);
        if (slashed.Success && english)
        {
            return TryCreate(slashed.Groups["y"].Value, slashed.Groups["m"].Value, slashed.Groups["d"].Value, out date);
        }

        var monthDay = MonthDay().Match(normalized);
        if (monthDay.Success)
        {
            return TryCreate(today.Year.ToString(CultureInfo.InvariantCulture), monthDay.Groups["m"].Value, monthDay.Groups["d"].Value, out date);
        }

        // Month names: "December 1", "1 Dec 2026" (English is understood whatever the locale).
        var words = normalized.Replace(",", " ", StringComparison.Ordinal);
        words = string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (DateTime.TryParseExact(words, EnglishFormats, CultureInfo.GetCultureInfo("en-US"), DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            var year = words.Any(char.IsDigit) && YearInText().IsMatch(words) ? parsed.Year : today.Year;
            return TryCreate(year.ToString(CultureInfo.InvariantCulture), parsed.Month.ToString(CultureInfo.InvariantCulture), parsed.Day.ToString(CultureInfo.InvariantCulture), out date);
        }

        return false;
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y is < 1900 or > 2999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})\s*[日号]?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"^(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*(?:/|月)\s*(?<d>\d{1,2})\s*[日号]?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\d{4}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex YearInText();
}
