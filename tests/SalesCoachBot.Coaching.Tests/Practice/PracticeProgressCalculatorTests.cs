using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;


namespace SalesCoachBot.Coaching.Tests.Practice;

public sealed class PracticeProgressCalculatorTests
{
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // 2026-03-10 09:30 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_WorkedExample_MasteryIsTheShareOfQuestionsAtOrAboveTheThreshold()
    {
        // Decision chain: 3 questions at 21+ days of stability (one exactly 21), one at 20.9 (not yet).
        // Power map: 1 mastered. Nothing else answered.
        var decisionChain = Bank.BySection(MethodologySection.DecisionChain);
        var powerMap = Bank.BySection(MethodologySection.PowerMap);
        var items = new List<PracticeItem>
        {
            Item(decisionChain[0].Id, 21, Now.AddDays(10)),
            Item(decisionChain[1].Id, 40, Now.AddDays(30)),
            Item(decisionChain[2].Id, 100, Now.AddDays(90)),
            Item(decisionChain[3].Id, 20.9, Now.AddHours(-1)),
            Item(powerMap[0].Id, 30, Now.AddMinutes(-5)),
        };

        var progress = PracticeProgressCalculator.Compute(Bank, items, [], Now, Shanghai, masteryStabilityDays: 21);

        var chain = progress.Sections.Single(s => s.Section == MethodologySection.DecisionChain);
        Assert.Equal((3, decisionChain.Count), (chain.Mastered, chain.Total));
        Assert.Equal(3.0 / decisionChain.Count, chain.Share, 9);
        Assert.Equal(1, progress.Sections.Single(s => s.Section == MethodologySection.PowerMap).Mastered);
        Assert.Equal(0, progress.Sections.Single(s => s.Section == MethodologySection.KeyPerson).Mastered);
        Assert.Equal(4, progress.Mastered);
        Assert.Equal(Bank.All.Count, progress.Total);
        Assert.Equal(2, progress.DueNow);
    }

    [Fact]
    public void Streak_ConsecutiveLocalDaysUpToYesterday_CountsThemWhileTodayIsStillOpen()
    {
        // Shanghai days 03-07, 03-08 (answered at 23:30 local = 15:30 UTC), 03-09; a gap on 03-06.
        PracticeActivity[] activity =
        [
            new(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero), true),
            new(new DateTimeOffset(2026, 3, 7, 2, 0, 0, TimeSpan.Zero), true),
            new(new DateTimeOffset(2026, 3, 8, 15, 30, 0, TimeSpan.Zero), false),
            new(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero), false),
        ];

        Assert.Equal(3, PracticeProgressCalculator.Streak(activity, Now, Shanghai));
        Assert.Equal(4, PracticeProgressCalculator.Streak([.. activity, new(Now.AddMinutes(-10), false)], Now, Shanghai));
        Assert.Equal(0, PracticeProgressCalculator.Streak(activity, Now.AddDays(2), Shanghai));
    }

    private static PracticeItem Item(string id, double stability, DateTimeOffset due) =>
        new(id, new FsrsCard(due, stability, 5, FsrsState.Review, 0, 3, 0, (int)stability, due.AddDays(-stability)));
}
