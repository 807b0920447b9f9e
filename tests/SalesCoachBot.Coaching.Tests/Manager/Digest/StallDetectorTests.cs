using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.Coaching.Tests.Manager.Digest;

public sealed class StallDetectorTests
{
    private static readonly DateOnly Today = DealBuilder.Today;
    private readonly StallDetector _detector = new(GapRuleCatalog.CreateAnalyzer(), Options.Create(new NudgeOptions()));

    [Fact]
    public void Evaluate_HealthyDealUpdatedToday_NotStalled()
    {
        var record = Record(DealBuilder.Healthy().Build(), updatedDaysAgo: 0, stageDaysAgo: 0);

        Assert.Null(_detector.Evaluate(record, Today, _detector.CriticalGaps(record.Deal, Today), _ => Today));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void Evaluate_NoUpdate_StalledFromTheSeventhDay(int days, bool stalled)
    {
        var record = Record(DealBuilder.Healthy().Build(), updatedDaysAgo: days, stageDaysAgo: 0);

        var result = _detector.Evaluate(record, Today, [], _ => null);

        Assert.Equal(stalled, result?.Findings.Any(f => f.Reason == StallReason.Idle && f.Days == days) ?? false);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void Evaluate_StageUnchanged_StalledFromTheTwentyFirstDay(int days, bool stalled)
    {
        var record = Record(DealBuilder.Healthy().Build(), updatedDaysAgo: 0, stageDaysAgo: days);

        var result = _detector.Evaluate(record, Today, [], _ => null);

        Assert.Equal(stalled, result is not null);
        Assert.Equal(stalled, result?.Findings.Single().Reason == StallReason.StageStuck);
    }

    [Fact]
    public void Evaluate_ExpectedCloseDatePassed_StalledWithTheDaysSince()
    {
        var deal = DealBuilder.Healthy().With(d => d with { ExpectedCloseOn = Today.AddDays(-4) }).Build();

        var result = _detector.Evaluate(Record(deal, 0, 0), Today, [], _ => null);

        Assert.Equal(new StallFinding(StallReason.ClosePassed, 4), Assert.Single(result!.Findings));
    }

    [Fact]
    public void Evaluate_CriticalGap_StalledOnlyOnceOpenForThreeDays()
    {
        var deal = new Deal { Id = Guid.NewGuid(), Customer = "华为", Name = "扩容" };
        var gaps = _detector.CriticalGaps(deal, Today);
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.Equal(GapSeverity.Critical, g.Severity));
        var record = Record(deal, 0, 0);

        Assert.Null(_detector.Evaluate(record, Today, gaps, _ => Today.AddDays(-2)));
        Assert.Null(_detector.Evaluate(record, Today, gaps, _ => null));
        var result = _detector.Evaluate(record, Today, gaps, _ => Today.AddDays(-3));

        Assert.Equal(gaps.Select(g => g.RuleId), result!.Findings.Select(f => f.Gap!.RuleId));
        Assert.All(result.Findings, f => Assert.Equal((StallReason.CriticalGapOpen, 3), (f.Reason, f.Days)));
    }

    [Fact]
    public void Evaluate_SeveralReasons_MostUrgentFirst()
    {
        var deal = new Deal { Id = Guid.NewGuid(), Customer = "华为", Name = "扩容", ExpectedCloseOn = Today.AddDays(-1) };
        var record = Record(deal, updatedDaysAgo: 30, stageDaysAgo: 30);

        var result = _detector.Evaluate(record, Today, _detector.CriticalGaps(deal, Today), _ => Today.AddDays(-10));

        var reasons = result!.Findings.Select(f => f.Reason).Distinct().ToList();
        Assert.Equal([StallReason.CriticalGapOpen, StallReason.ClosePassed, StallReason.StageStuck, StallReason.Idle], reasons);
        Assert.Equal(30, result.DaysIdle);
    }

    private static DealRecord Record(Deal deal, int updatedDaysAgo, int stageDaysAgo)
    {
        var midnight = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new DealRecord(deal, "29:rep")
        {
            CreatedAt = midnight.AddDays(-60),
            UpdatedAt = midnight.AddDays(-updatedDaysAgo).AddHours(3),
            StageChangedAt = midnight.AddDays(-stageDaysAgo).AddHours(3),
        };
    }
}
