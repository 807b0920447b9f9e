using System.Globalization;
using System.Text;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;

namespace SalesCoachBot.Coaching.Reports;

/// <summary>
/// Which parts of the method the bot covers: for each METHODOLOGY section, the gap rules that cite it
/// and, when given, how many questions the question bank holds for it. Plain text for a console; an
/// engineer's report, so it is not localized.
/// </summary>
public sealed class ContentReport(GapAnalyzer analyzer)
{
    public string Render(IReadOnlyDictionary<MethodologySection, int>? questionCounts = null)
    {
        var text = new StringBuilder();
        text.AppendLine("Coaching content report");
        foreach (var section in Enum.GetValues<MethodologySection>())
        {
            var rules = analyzer.Rules
                .Where(rule => rule.Source.Section == section)
                .Select(rule => rule.Id)
                .Order(StringComparer.Ordinal)
                .ToList();
            text.Append(CultureInfo.InvariantCulture, $"§{(int)section} {section}: {rules.Count} gap rule(s)");
            if (questionCounts is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $", {questionCounts.GetValueOrDefault(section)} question(s)");
            }

            text.AppendLine();
            foreach (var id in rules)
            {
                text.Append("    ").AppendLine(id);
            }
        }

        return text.ToString();
    }
}
