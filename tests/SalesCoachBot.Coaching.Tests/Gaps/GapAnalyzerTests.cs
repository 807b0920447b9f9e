using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Tests.Builders;


namespace SalesCoachBot.Coaching.Tests.Gaps;

public sealed class GapAnalyzerTests
{
    [Fact]
    public void Analyze_HealthyDeal_FindsNoGap()
    {
        var gaps = GapRuleCatalog.CreateAnalyzer().Analyze(DealBuilder.Healthy().Build(), DealBuilder.Today);

        Assert.Empty(gaps);
    }

    [Fact]
    public void Analyze_SeveralGaps_SortsMostSevereFirst()
    {
        // Medium (stage unknown), High (method unknown), Critical (no decision maker).
        var deal = DealBuilder.Healthy()
            .With(d => d with { Stage = BuyingJourneyStage.Unknown, DecisionMethod = DecisionMethod.Unknown })
            .NoRoles("Wang")
            .Build();

        var gaps = GapRuleCatalog.CreateAnalyzer().Analyze(deal, DealBuilder.Today);

        Assert.Equal(["DC-NO-DECISION-MAKER", "DM-METHOD-UNKNOWN", "ST-STAGE-UNKNOWN"], gaps.Select(g => g.RuleId));
        Assert.Equal([GapSeverity.Critical, GapSeverity.High, GapSeverity.Medium], gaps.Select(g => g.Severity));
    }

    [Fact]
    public void Analyze_EveryGap_CitesACourseSeed()
    {
        var deal = DealBuilder.Healthy().NoRoles("Wang").NeverContacted("Sun").Build();

        var gaps = GapRuleCatalog.CreateAnalyzer().Analyze(deal, DealBuilder.Today);

        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.Matches("^00[0-4]$", gap.Source.Seed));
    }
}
