using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Practice;

public sealed class TeamReadinessConversationTests
{
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    // Mastery at 8 days of stability: a new question answered right and marked Easy reaches
    // FSRS-6's w3 = 8.2956 days at once, so one answer makes a worked example.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Practice:DailyNewQuestions"] = "2",
        ["Practice:MasteryStabilityDays"] = "8",
    };

    [Fact]
    public async Task Readiness_Manager_SeesOwnHiresMasteryPerSectionAndNoOneElses()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(Start), settings: Settings);
        var boss = new TeamsChat(factory, "zh-CN", userId: "29:boss", userName: "王经理");
        var hireA = new TeamsChat(factory, "zh-CN", userId: "29:hire-a", userName: "小张");
        var hireB = new TeamsChat(factory, "zh-CN", userId: "29:hire-b", userName: "小赵");
        var otherHire = new TeamsChat(factory, "zh-CN", userId: "29:hire-x", userName: "别组新人");
        foreach (var chat in new[] { boss, hireA, hireB, otherHire })
        {
            await chat.Install();
        }

        await SetRolesAsync(factory,
            ("29:boss", UserRole.Manager, null),
            ("29:hire-a", UserRole.NewHire, "29:boss"),
            ("29:hire-b", UserRole.NewHire, "29:boss"),
            ("29:hire-x", UserRole.NewHire, "29:other-boss"));

        // Hire A: first question (§1) right and Easy → mastered; second right (Good) → not yet.
        await hireA.Send("练习");
        await hireA.Press("提交答案", new { answer = string.Join(",", Bank.All[0].AnswerKeys) });
        await hireA.Press("太简单");
        await hireA.Press("提交答案", new { answer = string.Join(",", Bank.All[1].AnswerKeys) });
        await hireA.Press("查看总结");

        await boss.Send("团队进度");

        var texts = boss.LastCardTexts();
        Assert.Equal(PracticeTexts.Get("Readiness.Title", "zh-CN"), texts[0]);
        Assert.Contains("小张", texts);
        Assert.Contains("小赵", texts);
        Assert.DoesNotContain("别组新人", texts);
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var sectionLabel = $"§1 {SalesCoachBot.Coaching.Resources.CoachingText.Label(MethodologySection.DecisionChain, zh)}";
        var row = texts.SkipWhile(t => t != sectionLabel).Skip(1).Take(2).ToList();
        var share = (1.0 / Bank.BySection(MethodologySection.DecisionChain).Count).ToString("P0", zh);
        Assert.Equal([share, 0.0.ToString("P0", zh)], row);
        var overall = texts.SkipWhile(t => t != PracticeTexts.Get("Readiness.Overall", "zh-CN")).Skip(1).Take(2).ToList();
        Assert.Equal([(1.0 / Bank.All.Count).ToString("P0", zh), 0.0.ToString("P0", zh)], overall);
        Assert.Equal("Full", boss.LastCard().GetProperty("msteams").GetProperty("width").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "团队进度")]
    [InlineData("en-US", "readiness")]
    public async Task Readiness_NotAManager_IsToldItIsForManagers(string locale, string command)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(Start), settings: Settings);
        var hire = new TeamsChat(factory, locale, userId: "29:hire-a", userName: "小张");
        await hire.Install();
        await SetRolesAsync(factory, ("29:hire-a", UserRole.NewHire, "29:boss"));

        await hire.Send(command);

        Assert.Equal(PracticeTexts.Get("Readiness.NotManager", locale), hire.LastText());
    }

    [Fact]
    public async Task Progress_AfterASession_ShowsMasteryStreakAndDueCount()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: Settings);
        var hire = new TeamsChat(factory, "en-US", userId: "29:hire-a", userName: "Zhang");
        await hire.Send("practice");
        await hire.Press("Submit answer", new { answer = string.Join(",", Bank.All[0].AnswerKeys) });
        await hire.Press("Easy");
        await hire.Press("Submit answer", new { answer = Bank.All[1].Options.First(o => !Bank.All[1].AnswerKeys.Contains(o.Key)).Key });
        await hire.Press("See summary");
        clock.Advance(TimeSpan.FromDays(1));

        await hire.Send("progress");

        var texts = hire.LastCardTexts();
        Assert.Contains($"Overall mastery: {PracticeTexts.Format("Progress.Share", "en-US", 1, Bank.All.Count, 1.0 / Bank.All.Count)}", texts);
        Assert.Contains("Practice streak: 1 days", texts);
        Assert.Contains("Due now: 1", texts);
        Assert.Contains(PracticeTexts.Format("Progress.Share", "en-US", 1, Bank.BySection(MethodologySection.DecisionChain).Count, 1.0 / Bank.BySection(MethodologySection.DecisionChain).Count), texts);
        Assert.Contains("Practise now", hire.LastCardButtons());
    }

    private static async Task SetRolesAsync(BotWebApplicationFactory factory, params (string Id, UserRole Role, string? ManagerId)[] users)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IUserStore>();

        // The manager column is a foreign key: a manager who never chatted is added as a user first.
        foreach (var managerId in users.Select(u => u.ManagerId).OfType<string>().Distinct().Where(m => users.All(u => u.Id != m)))
        {
            if (await store.FindAsync(managerId, CancellationToken.None) is null)
            {
                await store.UpsertAsync(new UserProfile(managerId) { Role = UserRole.Manager }, CancellationToken.None);
            }
        }

        foreach (var (id, role, managerId) in users)
        {
            var known = await store.FindAsync(id, CancellationToken.None) ?? new UserProfile(id);
            await store.UpsertAsync(known with { Role = role, ManagerId = managerId }, CancellationToken.None);
        }

        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
    }
}
