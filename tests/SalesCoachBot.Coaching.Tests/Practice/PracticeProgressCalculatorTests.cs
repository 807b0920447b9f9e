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

    private static readonly FsrsScheduler Scheduler = new(FsrsParameters.Default);

    [Fact]
    public void Compute_WorkedExample_MasteryIsTheMeanRecallTodayAndMasteredNeedsRecallAndStability()
    {
        // Decision chain, by FSRS's R(t, S) today:
        //   [0] S 21, reviewed just now        → R 1,    mastered (R ≥ 0.9, S ≥ 21)
        //   [1] S 40, reviewed 40 days ago     → R 0.9,  mastered (t = S is where R is 0.9 by definition)
        //   [2] S 30, reviewed 60 days ago     → R < 0.9, counts its R but is not mastered
        //   [3] S 20.9, reviewed just now      → R 1,    not mastered (not yet stable enough)
        //   [4] S 100, last answer wrong       → 0 until answered right again
        //   [5] wrong first, then right        → R 1
        // the rest never answered → 0. Power map: one mastered. Nothing else answered.
        var decisionChain = Bank.BySection(MethodologySection.DecisionChain);
        var powerMap = Bank.BySection(MethodologySection.PowerMap);
        var items = new List<PracticeItem>
        {
            Item(decisionChain[0].Id, 21, reviewedDaysAgo: 0),
            Item(decisionChain[1].Id, 40, reviewedDaysAgo: 40),
            Item(decisionChain[2].Id, 30, reviewedDaysAgo: 60),
            Item(decisionChain[3].Id, 20.9, reviewedDaysAgo: 0),
            Item(decisionChain[4].Id, 100, reviewedDaysAgo: 0),
            Item(decisionChain[5].Id, 5, reviewedDaysAgo: 0),
            Item(powerMap[0].Id, 30, reviewedDaysAgo: 0),
        };
        PracticeActivity[] activity =
        [
            Answer(decisionChain[4].Id, correct: true, Now.AddDays(-30)),
            Answer(decisionChain[4].Id, correct: false, Now),
            Answer(decisionChain[5].Id, correct: false, Now.AddHours(-1)),
            Answer(decisionChain[5].Id, correct: true, Now),
        ];

        var progress = PracticeProgressCalculator.Compute(Bank, items, activity, Now, Shanghai, Scheduler, new PracticeOptions());

        Assert.Equal(0.9, Scheduler.Retrievability(40, 40), 8);
        var longAgo = Scheduler.Retrievability(60, 30);
        Assert.InRange(longAgo, 0.5, 0.9);
        var chain = progress.Sections.Single(s => s.Section == MethodologySection.DecisionChain);
        Assert.Equal((2, decisionChain.Count), (chain.Mastered, chain.Total));
        Assert.Equal((1 + 0.9 + longAgo + 1 + 0 + 1) / decisionChain.Count, chain.Mastery, 6);
        var map = progress.Sections.Single(s => s.Section == MethodologySection.PowerMap);
        Assert.Equal((1, 1.0 / powerMap.Count), (map.Mastered, map.Mastery));
        Assert.Equal(0, progress.Sections.Single(s => s.Section == MethodologySection.KeyPerson).Mastery);
        Assert.Equal(3, progress.Mastered);
        Assert.Equal(Bank.All.Count, progress.Total);
        Assert.Equal(((1 + 0.9 + longAgo + 1 + 1) + 1) / Bank.All.Count, progress.Mastery, 6);
        Assert.Equal(2, progress.DueNow);
        Assert.Equal(new DateOnly(2026, 3, 10), progress.LastPracticedOn);
    }

    [Fact]
    public void Compute_NothingAnswered_NoMasteryAndNoLastDay()
    {
        var progress = PracticeProgressCalculator.Compute(Bank, [], [], Now, Shanghai, Scheduler, new PracticeOptions());

        Assert.All(progress.Sections, s => Assert.Equal(0, s.Mastery));
        Assert.Null(progress.LastPracticedOn);
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

    private static PracticeItem Item(string id, double stability, double reviewedDaysAgo)
    {
        var last = Now.AddDays(-reviewedDaysAgo);
        return new(id, new FsrsCard(last.AddDays(stability), stability, 5, FsrsState.Review, 0, 3, 0, (int)stability, last));
    }

    private static PracticeActivity Answer(string id, bool correct, DateTimeOffset at) =>
        new(at, WasNew: false) { QuestionId = id, Correct = correct };
}
