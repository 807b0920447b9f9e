using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;



namespace SalesCoachBot.Coaching.Tests.Practice;

public sealed class PracticePlannerTests
{
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_DueAndNew_DueFirstMostOverdueFirstThenNewInCourseOrder()
    {
        var items = new[]
        {
            Item(Bank.All[5].Id, Now.AddDays(-1)),
            Item(Bank.All[0].Id, Now.AddDays(-3)),
            Item(Bank.All[1].Id, Now.AddDays(2)),
        };

        var plan = PracticePlanner.Plan(Bank, items, newAnsweredToday: 0, Now, new PracticeOptions { DailyNewQuestions = 2 });

        Assert.Equal([Bank.All[0].Id, Bank.All[5].Id], plan.Due);
        Assert.Equal([Bank.All[2].Id, Bank.All[3].Id], plan.New);
    }

    [Fact]
    public void Plan_NewAlreadyAnsweredToday_OnlyTheRestOfTheDailyQuota()
    {
        var plan = PracticePlanner.Plan(Bank, [], newAnsweredToday: 8, Now, new PracticeOptions { DailyNewQuestions = 10 });

        Assert.Equal(2, plan.New.Count);
    }

    [Fact]
    public void Plan_MoreDueThanASession_CappedAtTheSessionSize()
    {
        var items = Bank.All.Take(20).Select((q, i) => Item(q.Id, Now.AddHours(-i))).ToList();

        var plan = PracticePlanner.Plan(Bank, items, 0, Now, new PracticeOptions { MaxQuestionsPerSession = 15 });

        Assert.Equal(15, plan.All.Count);
        Assert.Empty(plan.New);
    }

    private static PracticeItem Item(string id, DateTimeOffset due) =>
        new(id, FsrsCard.New(due) with { State = FsrsState.Review, Stability = 3, Difficulty = 5, LastReview = due.AddDays(-3) });
}
