using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Cases;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.TestSupport.Builders;



namespace SalesCoachBot.Coaching.Tests.Rep.Gaps;

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

    [Fact]
    public void Analyze_RulesRegisteredInAnyOrder_GiveTheSameRanking()
    {
        // The order must come from the course (severity, rank), never from ids or registration order.
        var random = new Random(12);
        var shuffled = new GapAnalyzer(GapRuleCatalog.All.OrderBy(_ => random.Next()));
        var reversed = new GapAnalyzer(GapRuleCatalog.All.Reverse());

        foreach (var course in CourseCases.All)
        {
            var deal = course.BuildDeal();
            var expected = GapRuleCatalog.CreateAnalyzer().Analyze(deal, course.Today).Select(g => string.Join('+', g.RuleIds)).ToList();

            Assert.Equal(expected, shuffled.Analyze(deal, course.Today).Select(g => string.Join('+', g.RuleIds)));
            Assert.Equal(expected, reversed.Analyze(deal, course.Today).Select(g => string.Join('+', g.RuleIds)));
            Assert.Equal(course.ExpectedTop, shuffled.Analyze(deal, course.Today).Take(3).Select(g => g.RuleId));
        }
    }

    [Fact]
    public void Catalog_RuleRanks_AreUnique()
    {
        var ranks = GapRuleCatalog.All.Select(rule => rule.Rank).ToList();

        Assert.Equal(ranks.Count, ranks.Distinct().Count());
    }

    [Fact]
    public void Analyze_SeveralGapsAboutOnePerson_MergeIntoOneLine()
    {
        // Li, the approver, never met and never assessed: three rules speak about him.
        var deal = DealBuilder.Healthy().NeverContacted("Li").Person("Li", s => s with { SupportHistory = [] }).Build();
        var li = deal.Stakeholders.Single(s => s.Name == "Li").Id;

        var gaps = GapRuleCatalog.CreateAnalyzer().Analyze(deal, DealBuilder.Today);

        var line = Assert.Single(gaps, g => g.StakeholderId == li);
        Assert.Equal("DC-DECISION-LAYER-NOT-MET", line.RuleId);
        Assert.Contains("DC-DECIDER-SUPPORT-UNKNOWN", line.RuleIds);
        Assert.Contains("SU-NOT-REASSESSED", line.RuleIds);
    }

    [Fact]
    public void Analyze_RepNeverReachedADecider_LowLevelAndDecisionLayerOutrankNoCoach()
    {
        var deal = DealBuilder.Healthy()
            .NeverContacted("Wang").NeverContacted("Li")
            .Person("Zhao", s => s with { IsCoach = false })
            .Build();

        var ids = GapRuleCatalog.CreateAnalyzer().Analyze(deal, DealBuilder.Today).Select(g => g.RuleId).ToList();

        Assert.Equal("DC-LOW-LEVEL-ONLY", ids[0]);
        Assert.True(ids.IndexOf("DC-DECISION-LAYER-NOT-MET") < ids.IndexOf("CO-NO-COACH"));
    }

    [Theory]
    [InlineData(BuyingJourneyStage.EvaluatingProducts, GapSeverity.High)]
    [InlineData(BuyingJourneyStage.PurchaseDecision, GapSeverity.Critical)]
    public void Analyze_ApproverNeverMet_IsCriticalAtThePurchaseDecision(BuyingJourneyStage stage, GapSeverity expected)
    {
        // XAJT (《决策链分析》第三单元) was lost to the approver.
        var deal = DealBuilder.Healthy().NeverContacted("Li").With(d => d with { Stage = stage, StagesWithCoreWorkDone = new HashSet<BuyingJourneyStage> { stage } }).Build();

        var gap = GapRuleCatalog.CreateAnalyzer().Analyze(deal, DealBuilder.Today)[0];

        Assert.Equal("DC-DECISION-LAYER-NOT-MET", gap.RuleId);
        Assert.Equal(expected, gap.Severity);
    }
}
