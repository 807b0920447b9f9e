using SalesCoachBot.Coaching.Rep.Gaps.Cases;
using SalesCoachBot.Tools.Reports;

namespace SalesCoachBot.Tools.Tests.Reports;

public sealed class CaseReplayCommandTests
{
    [Fact]
    public void Run_BothLanguages_EveryCaseOnceEachAsExpected()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CaseReplayCommand.Run(["--lang", "zh-CN", "--lang", "en-US"], output, error);

        Assert.Equal(0, exitCode);
        var report = output.ToString();
        foreach (var course in CourseCases.All)
        {
            Assert.Equal(2, report.Split('\n').Count(l => l.StartsWith($"== {course.Id} ", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain("DIFFERS", report, StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Run_UnknownArgument_Exit2AndSaysWhichArgument()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CaseReplayCommand.Run(["--lang", "fr-FR"], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("'--lang'", error.ToString(), StringComparison.Ordinal);
    }
}
