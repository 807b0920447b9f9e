using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Cases;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;

namespace SalesCoachBot.Coaching.Reports;

/// <summary>
/// The course's cases (<see cref="CourseCases"/>) run through the real analyzer and health score, so a
/// trainer can read what the bot would put first without running the tests: per case the passage, the
/// health, the top gaps (rule id, severity, message, why now, and what merged into the line) and
/// whether they match what the case expects. The gap texts are in the culture asked for, as a rep
/// would read them; the frame is plain text for a console.
/// </summary>
public static class CaseReplayReport
{
    /// <summary>Writes every case; returns how many did not show the expected top gaps and colour.</summary>
    public static int Write(TextWriter output, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(culture);
        var health = new DealHealthCalculator(GapRuleCatalog.CreateAnalyzer());
        var misses = 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Course case replays ({culture.Name}), {CourseCases.All.Count} cases"));
        foreach (var course in CourseCases.All)
        {
            var result = health.Assess(course.BuildDeal(), course.Today);
            var top = result.Gaps.Take(3).ToList();
            var matches = top.Select(g => g.RuleId).SequenceEqual(course.ExpectedTop) && result.Status == course.ExpectedStatus;
            misses += matches ? 0 : 1;

            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {course.Id}  [{(matches ? "as expected" : "DIFFERS")}]"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {course.Passage.Display(culture)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {course.GetStory(culture)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {CoachingText.Label(result.Status, culture)} {result.CoverageScore} (expected {CoachingText.Label(course.ExpectedStatus, culture)})"));
            for (var i = 0; i < top.Count; i++)
            {
                var gap = top[i];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {i + 1}. {gap.RuleId} · {CoachingText.Label(gap.Severity, culture)} · {gap.GetPlainMessage(culture)}"));
                if (gap.GetWhy(culture) is { } why)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {why}"));
                }

                foreach (var key in gap.DetailKeys)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      • {CoachingText.Get(key, culture)}"));
                }

                foreach (var other in gap.AlsoAbout)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      + {other.RuleId} · {other.GetPlainMessage(culture)}"));
                }
            }

            if (!matches)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   expected: {string.Join(", ", course.ExpectedTop)}"));
            }
        }

        return misses;
    }
}
