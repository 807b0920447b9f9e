using System.Globalization;
using SalesCoachBot.Coaching.Reports;
using SalesCoachBot.Coaching.Rep.Gaps.Cases;

namespace SalesCoachBot.Coaching.Tests.Reports;

public sealed class CaseReplayReportTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Write_EveryCourseCase_ShowsItsExpectedTopGapsAndNoSeedNumber(string locale)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var misses = CaseReplayReport.Write(output, CultureInfo.GetCultureInfo(locale));

        var text = output.ToString();
        Assert.True(misses == 0, text);
        Assert.All(CourseCases.All, c => Assert.Contains($"== {c.Id}  [as expected]", text, StringComparison.Ordinal));
        Assert.DoesNotContain("seed", text, StringComparison.OrdinalIgnoreCase);
    }
}
