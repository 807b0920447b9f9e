using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Tools.Reports;

namespace SalesCoachBot.Tools.Tests.Reports;

public sealed class ContentReportCommandTests
{
    [Fact]
    public void Run_EmbeddedContent_PrintsEverySectionWithItsQuestionCount()
    {
        using var output = new StringWriter();

        var exitCode = ContentReportCommand.Run(output);

        Assert.Equal(0, exitCode);
        var report = output.ToString();
        var bank = QuestionBank.LoadEmbedded();
        foreach (var section in Enum.GetValues<MethodologySection>())
        {
            var line = report.Split('\n').Single(l => l.StartsWith($"§{(int)section} ", StringComparison.Ordinal));
            Assert.Contains($"{bank.BySection(section).Count} question(s)", line, StringComparison.Ordinal);
        }
    }
}
