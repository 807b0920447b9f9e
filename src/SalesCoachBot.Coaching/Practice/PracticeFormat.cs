using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>How practice shows times, sections and course references to the learner.</summary>
internal static class PracticeFormat
{
    /// <summary>A moment in the learner's own time zone, in their culture's short date and time.</summary>
    public static string LocalTime(DateTimeOffset instant, TimeZoneInfo timeZone, CultureInfo culture) =>
        TimeZoneInfo.ConvertTime(instant, timeZone).ToString("g", culture);

    public static string Section(Question question, CultureInfo culture) =>
        $"§{(int)question.Section} {CoachingText.Label(question.Section, culture)}";

    /// <summary>Where to reread: the METHODOLOGY section, and the seed document with its part.</summary>
    public static string Reread(Question question, CultureInfo culture) =>
        PracticeText.Format("Feedback.RereadValue", culture, Section(question, culture), question.Reference.Seed, question.Reference.Part);

    public static string Options(Question question, IEnumerable<string> keys, CultureInfo culture)
    {
        var wanted = keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return string.Join("\n", question.Options
            .Where(option => wanted.Contains(option.Key))
            .Select(option => $"{option.Key.ToUpperInvariant()}. {option.Text.Get(culture)}"));
    }
}
