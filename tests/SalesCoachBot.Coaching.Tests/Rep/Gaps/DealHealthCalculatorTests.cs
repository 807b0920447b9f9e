using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.TestSupport.Builders;



namespace SalesCoachBot.Coaching.Tests.Rep.Gaps;

public sealed class DealHealthCalculatorTests
{
    private readonly DealHealthCalculator _calculator = new(GapRuleCatalog.CreateAnalyzer());

    [Fact]
    public void Assess_HealthyDeal_Is96AndGreen()
    {
        // roles 12+10+8+5+5 = 40; KP 5 + 10×100/100 = 15; coach 5 + 10 = 15;
        // support 20 × 4 supporters / 5 in chain = 16; method known 10 → 96. No gap → Green.
        var health = _calculator.Assess(DealBuilder.Healthy().Build(), DealBuilder.Today);

        Assert.Equal(96, health.CoverageScore);
        Assert.Equal(HealthStatus.Green, health.Status);
    }

    [Fact]
    public void Assess_UnverifiedCoach_Is86AndAmber()
    {
        // Coach confidence 0 → coach 5 + 0 = 5; the rest as the healthy deal: 40 + 15 + 5 + 16 + 10 = 86.
        // The score alone would be green; the High gap CO-COACH-UNVERIFIED makes it Amber.
        var deal = DealBuilder.Healthy().Person("Zhao", s => s with { CoachAnswers = [] }).Build();

        var health = _calculator.Assess(deal, DealBuilder.Today);

        Assert.Equal(86, health.CoverageScore);
        Assert.Equal(HealthStatus.Amber, health.Status);
    }

    [Fact]
    public void Assess_KpAt80AndOneMoreNeutral_Is90()
    {
        // KP answers worth 80 → 5 + 8 = 13; Sun neutral → 3 supporters of 5 → 20 × 3 / 5 = 12;
        // 40 + 13 + 15 + 12 + 10 = 90.
        var deal = DealBuilder.Healthy()
            .KpAnswer(KeyPersonQuestions.BasicConditions, "Partly")
            .KpAnswer(KeyPersonQuestions.TeamCulture, "Unknown")
            .Support("Sun", SupportLevel.Neutral)
            .Build();

        Assert.Equal(90, DealHealthCalculator.CoverageScore(deal));
    }

    [Fact]
    public void Assess_OneContactNoKpNoCoach_Is12AndRed()
    {
        // Only Wang, the decision maker, contacted and assessed: roles 12; no KP 0; no coach 0;
        // support 20 × 0 / 1 = 0; method unknown 0 → 12 < 40 → Red.
        var wang = DealBuilder.Person("Wang", SupportLevel.Neutral, DecisionChainRole.DecisionMaker);
        var deal = new Deal { Id = Guid.NewGuid(), Customer = "Acme", Name = "Pilot", Stakeholders = [wang] };

        var health = _calculator.Assess(deal, DealBuilder.Today);

        Assert.Equal(12, health.CoverageScore);
        Assert.Equal(HealthStatus.Red, health.Status);
    }

    [Fact]
    public void Assess_RoleHolderNeverContacted_RoleDoesNotCount()
    {
        // Healthy minus Chen's contact: the procurement executor's 5 points drop → 96 − 5 = 91.
        var deal = DealBuilder.Healthy().NeverContacted("Chen").Build();

        Assert.Equal(91, DealHealthCalculator.CoverageScore(deal));
    }

    [Theory]
    [InlineData(39, HealthStatus.Red)]
    [InlineData(40, HealthStatus.Amber)]
    [InlineData(69, HealthStatus.Amber)]
    [InlineData(70, HealthStatus.Green)]
    public void StatusFor_ScoreWithoutGaps_FollowsThresholds(int score, HealthStatus expected)
    {
        Assert.Equal(expected, DealHealthCalculator.StatusFor(score, []));
    }
}
