using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Cases;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.TestSupport.Builders;



namespace SalesCoachBot.Coaching.Tests.Rep.Gaps;

public sealed class GapAnalyzerTests
{
    [Fact]
    public void AnalyzeCritical_CourseCasesAndManyVariedDeals_TheCriticalGapsOfTheFullAnalysisInItsOrder()
    {
        var analyzer = GapRuleCatalog.CreateAnalyzer();
        var random = new Random(2026);
        var deals = CourseCases.All.Select(c => (Deal: c.BuildDeal(), c.Today))
            .Concat(Enumerable.Range(0, 3000).Select(_ => (Deal: RandomDeal(random), DealBuilder.Today)))
            .ToList();
        var withCritical = 0;

        foreach (var (deal, today) in deals)
        {
            // The critical gaps as the full analysis ranks and merges them (a person's lesser gaps left out).
            var expected = analyzer.Analyze(deal, today)
                .Where(g => g.Severity == GapSeverity.Critical)
                .Select(g => string.Join('+', g.AlsoAbout.Where(o => o.Severity == GapSeverity.Critical).Select(o => o.RuleId).Prepend(g.RuleId)))
                .ToList();
            var critical = analyzer.AnalyzeCritical(deal, today);

            Assert.Equal(expected, critical.Select(g => string.Join('+', g.RuleIds)));
            withCritical += expected.Count > 0 ? 1 : 0;
        }

        // The deals exercise both sides: many with a critical gap, many without.
        Assert.InRange(withCritical, deals.Count / 10, deals.Count * 9 / 10);
    }

    [Fact]
    public void CanBeCritical_EveryRuleThatGaveACriticalGapInTheCasesSaysSo()
    {
        var criticalRules = CourseCases.All
            .SelectMany(c => GapRuleCatalog.CreateAnalyzer().Analyze(c.BuildDeal(), c.Today))
            .SelectMany(g => g.AlsoAbout.Prepend(g))
            .Where(g => g.Severity == GapSeverity.Critical)
            .Select(g => g.RuleId)
            .ToHashSet();

        Assert.NotEmpty(criticalRules);
        Assert.All(criticalRules, id => Assert.True(GapRuleCatalog.All.Single(r => r.Id == id).CanBeCritical, id));
    }

    /// <summary>A deal of up to eight people with every field the rules read drawn at random.</summary>
    private static Deal RandomDeal(Random random)
    {
        T Pick<T>(T[] values) => values[random.Next(values.Length)];
        HashSet<T> Some<T>(T[] values, int max) => [.. Enumerable.Range(0, random.Next(max + 1)).Select(_ => Pick(values))];
        DateOnly? Day(int chanceOfNone) => random.Next(100) < chanceOfNone ? null : DealBuilder.Today.AddDays(-random.Next(0, 90));
        IReadOnlyList<VerificationAnswer> Answers(VerificationQuestionSet set) =>
            [.. set.Questions.Where(_ => random.Next(2) == 0).Select(q => new VerificationAnswer(q.Id, Pick([.. q.Options]).Id))];

        var people = Enumerable.Range(0, random.Next(9)).Select(i => new Stakeholder
        {
            Id = Guid.NewGuid(),
            Name = $"P{i}",
            Department = random.Next(5) == 0 ? null : Pick(Enum.GetValues<Department>()),
            DecisionChainRoles = Some(Enum.GetValues<DecisionChainRole>(), 2),
            BuyingRoles = Some(Enum.GetValues<BuyingRole>(), 2),
            FunctionalTypes = Some(Enum.GetValues<FunctionalType>(), 1),
            IsCoach = random.Next(4) == 0,
            HiddenPowers = Some(Enum.GetValues<HiddenPowerType>(), 1),
            SupportHistory = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new SupportAssessment { AssessedOn = Day(0)!.Value, Level = Pick(Enum.GetValues<SupportLevel>()) })],
            LastContactOn = Day(30),
            PersonnelChange = random.Next(8) == 0,
            CoachAnswers = Answers(CoachQuestions.Set),
        }).ToList();
        return new Deal
        {
            Id = Guid.NewGuid(),
            Customer = "C",
            Name = "D",
            Stage = Pick(Enum.GetValues<BuyingJourneyStage>()),
            StagesWithCoreWorkDone = Some(Enum.GetValues<BuyingJourneyStage>(), 3),
            DecisionMethod = Pick(Enum.GetValues<DecisionMethod>()),
            DecisionMethodConfirmed = random.Next(2) == 0,
            ExpectedCloseOn = DealBuilder.Today.AddDays(random.Next(-30, 120)),
            Stakeholders = people,
            KeyPersonId = people.Count > 0 && random.Next(4) > 0 ? Pick([.. people]).Id : null,
            KeyPersonAnswers = Answers(KeyPersonQuestions.Set),
        };
    }

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
