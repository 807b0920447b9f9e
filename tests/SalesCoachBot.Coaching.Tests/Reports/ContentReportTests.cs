using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Reports;


namespace SalesCoachBot.Coaching.Tests.Reports;

public sealed class ContentReportTests
{
    [Fact]
    public void Render_WithoutQuestionCounts_ListsRulesUnderTheirSection()
    {
        var lines = new ContentReport(GapRuleCatalog.CreateAnalyzer()).Render().Split('\n');

        var keyPerson = Array.FindIndex(lines, l => l.StartsWith("§4 KeyPerson:", StringComparison.Ordinal));
        var coach = Array.FindIndex(lines, l => l.StartsWith("§5 IntelligenceAndCoach:", StringComparison.Ordinal));
        var kpRules = lines[(keyPerson + 1)..coach].Select(l => l.Trim()).ToList();
        Assert.Contains("KP-SELF-ASSERTED", kpRules);
        Assert.DoesNotContain("CO-NO-COACH", kpRules);
        Assert.DoesNotContain("question", lines[keyPerson], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithQuestionCounts_ShowsEachSectionsCount()
    {
        var counts = new Dictionary<MethodologySection, int> { [MethodologySection.ImportantVisit] = 7 };

        var report = new ContentReport(GapRuleCatalog.CreateAnalyzer()).Render(counts);

        Assert.Contains("§8 ImportantVisit: 2 gap rule(s), 7 question(s)", report, StringComparison.Ordinal);
        Assert.Contains("§7 TrustAndRelationships: 0 gap rule(s), 0 question(s)", report, StringComparison.Ordinal);
    }
}
