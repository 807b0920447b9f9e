using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.TestSupport.Builders;



namespace SalesCoachBot.Coaching.Tests.Rep.Gaps.Rules;

public sealed class GapRuleTests
{
    [Theory]
    [MemberData(nameof(GapRuleCases.RuleIds), MemberType = typeof(GapRuleCases))]
    public void Evaluate_DealWithTheGap_Fires(string ruleId)
    {
        var gaps = RuleFor(ruleId).Evaluate(GapRuleCases.All[ruleId].Fires(), DealBuilder.Today).ToList();

        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.Equal(ruleId, gap.RuleId));
    }

    [Theory]
    [MemberData(nameof(GapRuleCases.RuleIds), MemberType = typeof(GapRuleCases))]
    public void Evaluate_DealWithoutTheGap_StaysSilent(string ruleId)
    {
        var gaps = RuleFor(ruleId).Evaluate(GapRuleCases.All[ruleId].Silent(), DealBuilder.Today);

        Assert.Empty(gaps);
    }

    [Fact]
    public void Catalog_EveryRule_HasCasesAndAUniqueId()
    {
        var ids = GapRuleCatalog.All.Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), GapRuleCases.All.Keys.Order(StringComparer.Ordinal));
        Assert.True(ids.Count >= 17);
    }

    [Fact]
    public void Evaluate_OpposingDecisionMaker_NamesThePersonAndRole()
    {
        var deal = DealBuilder.Healthy().Support("Wang", SupportLevel.Opposes).Build();
        var wang = deal.Stakeholders.Single(s => s.Name == "Wang");

        var gap = Assert.Single(RuleFor("DC-DECIDER-OPPOSES").Evaluate(deal, DealBuilder.Today));

        Assert.Equal(GapSeverity.Critical, gap.Severity);
        Assert.Equal(wang.Id, gap.StakeholderId);
        Assert.Equal(DecisionChainRole.DecisionMaker, gap.Role);
        Assert.Equal(["Wang"], gap.Arguments);
    }

    [Fact]
    public void Evaluate_OpposingEvaluatorOnScoringPanel_Fires()
    {
        var deal = DealBuilder.Healthy()
            .With(d => d with { DecisionMethod = DecisionMethod.ScoredPanel })
            .Support("Zhao", SupportLevel.Opposes)
            .Build();

        var gap = Assert.Single(RuleFor("DC-DECIDER-OPPOSES").Evaluate(deal, DealBuilder.Today));

        Assert.Equal(DecisionChainRole.Evaluator, gap.Role);
    }

    [Fact]
    public void Evaluate_SelfAssertedKp_DoesNotAlsoReportUnverified()
    {
        // Self-assertion caps the KP at 30, below the verified threshold, yet only the sharper gap shows.
        var deal = DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Source, KeyPersonQuestions.SourceSelf).Build();

        var ids = GapRuleCatalog.CreateAnalyzer().Analyze(deal, DealBuilder.Today).Select(g => g.RuleId).ToList();

        Assert.Contains("KP-SELF-ASSERTED", ids);
        Assert.DoesNotContain("KP-UNVERIFIED", ids);
    }

    [Fact]
    public void Evaluate_ProcurementUnknownWithCloseIn60Days_Fires()
    {
        var deal = DealBuilder.Healthy().NoRoles("Chen").With(d => d with { ExpectedCloseOn = DealBuilder.Today.AddDays(60) }).Build();

        Assert.Single(RuleFor("DC-PROCUREMENT-UNKNOWN").Evaluate(deal, DealBuilder.Today));
    }

    [Fact]
    public void Evaluate_SupportersEqualNonSupporters_Fires()
    {
        // Four people in the chain: Wang and Li support, Chen is neutral, Zhao's support is unknown → 2 against 2.
        var deal = DealBuilder.Healthy().NoRoles("Sun").Person("Zhao", s => s with { SupportHistory = [] }).Build();

        var gap = Assert.Single(RuleFor("SU-SUPPORTERS-OUTNUMBERED").Evaluate(deal, DealBuilder.Today));

        Assert.Equal(["2", "2"], gap.Arguments);
    }

    [Fact]
    public void Evaluate_CoreWorkNotDone_PointsToTheStagesCoreWork()
    {
        var deal = DealBuilder.Healthy().With(d => d with
        {
            Stage = BuyingJourneyStage.InternalApproval,
            StagesWithCoreWorkDone = new HashSet<BuyingJourneyStage>(),
        }).Build();

        var gap = Assert.Single(RuleFor("ST-CORE-WORK-NOT-DONE").Evaluate(deal, DealBuilder.Today));

        Assert.Equal("Stage.CoreWork.InternalApproval", gap.NextActionKey);
    }

    [Fact]
    public void Evaluate_CommitmentMissingASign_Fires()
    {
        var deal = DealBuilder.Healthy().With(d => d with
        {
            Visits = [.. d.Visits.Select(v => v.Commitment is null ? v : v with
            {
                Commitment = v.Commitment with { SignsConfirmed = new HashSet<CommitmentSign> { CommitmentSign.CustomerTakesAction } },
            })],
        }).Build();

        var gap = Assert.Single(RuleFor("VI-NO-ACTION-COMMITMENT").Evaluate(deal, DealBuilder.Today));

        Assert.Equal(["2025-06-10"], gap.Arguments);
    }

    private static IGapRule RuleFor(string id) => GapRuleCatalog.All.Single(rule => rule.Id == id);
}
