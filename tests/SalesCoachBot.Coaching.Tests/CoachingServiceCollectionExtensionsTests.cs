using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Reports;

namespace SalesCoachBot.Coaching.Tests;

public sealed class CoachingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCoaching_Resolves_AnalyzerWithEveryRuleHealthAndReport()
    {
        using var provider = new ServiceCollection().AddCoaching().BuildServiceProvider();

        var analyzer = provider.GetRequiredService<GapAnalyzer>();

        Assert.Equal(GapRuleCatalog.All.Count, analyzer.Rules.Count);
        Assert.NotNull(provider.GetRequiredService<DealHealthCalculator>());
        Assert.NotNull(provider.GetRequiredService<ContentReport>());
    }
}
