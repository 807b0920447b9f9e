using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Nudges;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Practice;

/// <summary>
/// Team readiness through the chat only: people name their manager with 我的经理, practise, and the
/// manager's 团队进度 shows them — no role set anywhere first.
/// </summary>
public sealed class TeamReadinessConversationTests : IAsyncDisposable
{
    private const string Zh = "zh-CN";
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(Zh);
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    // One new question a day keeps the first session to one answer; the focused session later the
    // same day has the rest of a three-a-day quota. Mastery at 8 days of stability: a new question
    // answered right and marked Easy reaches FSRS-6's w3 = 8.2956 days at once.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Practice:DailyNewQuestions"] = "3",
        ["Practice:MaxQuestionsPerSession"] = "1",
        ["Practice:MasteryStabilityDays"] = "8",
        ["Proactive:WorkersEnabled"] = "false",
    };

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly BotWebApplicationFactory _factory;
    private readonly TeamsChat _boss;
    private readonly TeamsChat _otherBoss;
    private readonly TeamsChat _hireA;
    private readonly TeamsChat _hireB;
    private readonly TeamsChat _outsider;

    public TeamReadinessConversationTests()
    {
        _factory = new BotWebApplicationFactory(timeProvider: _clock, settings: Settings);
        _boss = new TeamsChat(_factory, Zh, userId: "29:boss", userName: "王经理");
        _otherBoss = new TeamsChat(_factory, Zh, userId: "29:other-boss", userName: "李经理");
        _hireA = new TeamsChat(_factory, Zh, userId: "29:hire-a", userName: "小张");
        _hireB = new TeamsChat(_factory, Zh, userId: "29:hire-b", userName: "小赵");
        _outsider = new TeamsChat(_factory, Zh, userId: "29:hire-x", userName: "别组新人");
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Readiness_TwoHiresNameTheManagerAndPractise_ManagerSeesBothPerSectionAndNoOneElse()
    {
        await TeamAsync();

        await _boss.Send("团队进度");

        var texts = _boss.LastCardTexts();
        Assert.Equal(PracticeTexts.Get("Readiness.Title", Zh), texts[0]);
        Assert.DoesNotContain("别组新人", texts);

        // Weakest overall first: 小赵 (one wrong answer) before 小张 (one right answer).
        var header = texts.SkipWhile(t => t != PracticeTexts.Get("Readiness.Section", Zh)).Skip(1).Take(2).ToList();
        Assert.Equal(["小赵", "小张"], header);
        var firstQuestionSection = Bank.All[0].Section;
        var row = Row(texts, $"§{(int)firstQuestionSection} {CoachingText.Label(firstQuestionSection, Chinese)}");
        Assert.Equal([Share(0), Share(1.0 / Bank.BySection(firstQuestionSection).Count)], row);
        Assert.Equal([Share(0), Share(1.0 / Bank.All.Count)], Row(texts, PracticeTexts.Get("Readiness.Overall", Zh)));
        Assert.Equal(["1", "1"], Row(texts, PracticeTexts.Get("Readiness.Streak", Zh)));
        Assert.Equal(["2026-03-10", "2026-03-10"], Row(texts, PracticeTexts.Get("Readiness.LastPracticed", Zh)));
        Assert.Contains(PracticeTexts.Get("Readiness.WeakestTitle", Zh), texts);
        Assert.Equal("Full", _boss.LastCard().GetProperty("msteams").GetProperty("width").GetString());

        // The other manager sees their own learner and none of the first manager's.
        await _otherBoss.Send("团队进度");
        var others = _otherBoss.LastCardTexts();
        Assert.Contains("别组新人", others);
        Assert.DoesNotContain("小张", others);
        Assert.DoesNotContain("小赵", others);
    }

    [Fact]
    public async Task Readiness_FocusButton_HireGetsASessionWhoseQuestionsAreAllFromThatSection()
    {
        await TeamAsync();
        await _boss.Send("团队进度");
        var focus = ButtonData(_boss.LastCard(), "29:hire-a", "focus");
        var section = Enum.Parse<MethodologySection>(focus.GetProperty("section").GetString()!);
        Assert.NotEqual(Bank.All[0].Section, section);

        await _boss.Submit(focus);

        Assert.Equal(PracticeTexts.Format("Focus.Sent", Zh, "小张", (int)section, CoachingText.Label(section, Chinese)), _boss.LastText());
        var message = (await DeliverToAsync(_hireA)).Single();
        Assert.StartsWith(
            PracticeTexts.Format("Focus.Message", Zh, "王经理", (int)section, CoachingText.Label(section, Chinese), 0.0),
            TeamsChat.CardTexts(message.Attachments![0].Content!.Value).First(),
            StringComparison.Ordinal);

        await _hireA.Submit(NudgeHost.ButtonData(message, PracticeTexts.Get("Focus.Start", Zh)));

        // Two new questions are left of the day's three, in the section and nowhere else.
        Assert.Equal(PracticeTexts.Format("Practice.StartFocused", Zh, (int)section, CoachingText.Label(section, Chinese), 1, 0, 1), _hireA.Texts().First());
        var asked = new List<Question> { Asked(_hireA) };
        await _hireA.Press(PracticeTexts.Get("Question.Submit", Zh), new { answer = string.Join(",", asked[^1].AnswerKeys) });
        await _hireA.Press(PracticeTexts.Get("Feedback.Finish", Zh));
        await _hireA.Submit(NudgeHost.ButtonData(message, PracticeTexts.Get("Focus.Start", Zh)));
        asked.Add(Asked(_hireA));
        Assert.All(asked, q => Assert.Equal(section, q.Section));
        Assert.Equal(2, asked.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public async Task Readiness_AnotherManagerPressesTheButtons_NothingSentNothingChanged()
    {
        await TeamAsync();
        await _boss.Send("团队进度");
        var focus = ButtonData(_boss.LastCard(), "29:hire-a", "focus");
        var mark = ButtonData(_boss.LastCard(), "29:hire-a", "newhire");

        await _otherBoss.Submit(focus);
        Assert.Equal(PracticeTexts.Get("Readiness.NotInTeam", Zh), _otherBoss.LastText());
        await _otherBoss.Submit(mark);
        Assert.Equal(PracticeTexts.Get("Readiness.NotInTeam", Zh), _otherBoss.LastText());

        Assert.Empty(await DeliverToAsync(_hireA));
        await _boss.Send("团队进度");
        Assert.DoesNotContain(PracticeTexts.Format("Readiness.HireNew", Zh, "小张"), _boss.LastCardTexts());
    }

    [Fact]
    public async Task Readiness_MarkAsNewHire_OnlyMovesThemFirst()
    {
        await TeamAsync();
        await _boss.Send("团队进度");

        await _boss.Submit(ButtonData(_boss.LastCard(), "29:hire-a", "newhire"));

        Assert.Equal(PracticeTexts.Format("Readiness.Marked", Zh, "小张"), _boss.Texts().First());
        var texts = _boss.LastCardTexts();
        var header = texts.SkipWhile(t => t != PracticeTexts.Get("Readiness.Section", Zh)).Skip(1).Take(2).ToList();
        Assert.Equal([PracticeTexts.Format("Readiness.HireNew", Zh, "小张"), "小赵"], header);
        Assert.Contains(PracticeTexts.Get("Readiness.UnmarkNewHire", Zh), _boss.LastCardButtons());

        await _boss.Submit(ButtonData(_boss.LastCard(), "29:hire-a", "newhire"));

        Assert.Equal(PracticeTexts.Format("Readiness.Unmarked", Zh, "小张"), _boss.Texts().First());
        Assert.Equal(["小赵", "小张"], _boss.LastCardTexts().SkipWhile(t => t != PracticeTexts.Get("Readiness.Section", Zh)).Skip(1).Take(2).ToList());
    }

    [Fact]
    public async Task Readiness_ReportsWhoNeverPractised_NotShown()
    {
        await _boss.Install();
        await _hireA.Install();
        await NameManagerAsync(_hireA, _boss, "王经理");

        await _boss.Send("团队进度");

        Assert.Equal(PracticeTexts.Get("Readiness.NoHires", Zh), _boss.LastText());
    }

    [Theory]
    [InlineData("zh-CN", "团队进度")]
    [InlineData("en-US", "readiness")]
    public async Task Readiness_NoOneReportsToThem_IsToldItIsForManagers(string locale, string command)
    {
        var user = new TeamsChat(_factory, locale, userId: "29:loner", userName: "小孙");
        await user.Install();

        await user.Send(command);

        Assert.Equal(PracticeTexts.Get("Readiness.NotManager", locale), user.LastText());
    }

    [Fact]
    public async Task Progress_AfterASession_ShowsMasteryStreakAndDueCount()
    {
        var hire = new TeamsChat(_factory, "en-US", userId: "29:hire-e", userName: "Zhang");
        await hire.Send("practice");
        await hire.Press("Submit answer", new { answer = string.Join(",", Bank.All[0].AnswerKeys) });
        await hire.Press("Easy");
        await hire.Send("practice");
        await hire.Press("Submit answer", new { answer = Bank.All[1].Options.First(o => !Bank.All[1].AnswerKeys.Contains(o.Key)).Key });
        await hire.Press("See summary");
        _clock.Advance(TimeSpan.FromDays(1));

        await hire.Send("progress");

        // The Easy answer left stability w3 = 8.2956 days; a day on, FSRS's recall is R(1, 8.2956).
        var recall = new FsrsScheduler(FsrsParameters.Default).Retrievability(1, 8.2956);
        var section = Bank.BySection(Bank.All[0].Section).Count;
        var texts = hire.LastCardTexts();
        Assert.Contains($"Overall mastery: {PracticeTexts.Format("Progress.Share", "en-US", 1, Bank.All.Count, recall / Bank.All.Count)}", texts);
        Assert.Contains("Practice streak: 1 days", texts);
        Assert.Contains("Due now: 1", texts);
        Assert.Contains(PracticeTexts.Format("Progress.Share", "en-US", 1, section, recall / section), texts);
        Assert.Contains("Practise now", hire.LastCardButtons());
    }

    /// <summary>
    /// 小张 and 小赵 name 王经理 and answer the first question (小张 right, 小赵 wrong); 别组新人
    /// names 李经理 and practises too.
    /// </summary>
    private async Task TeamAsync()
    {
        foreach (var chat in new[] { _boss, _otherBoss, _hireA, _hireB, _outsider })
        {
            await chat.Install();
        }

        await NameManagerAsync(_hireA, _boss, "王经理");
        await NameManagerAsync(_hireB, _boss, "王经理");
        await NameManagerAsync(_outsider, _otherBoss, "李经理");
        var first = Bank.All[0];
        await PractiseAsync(_hireA, string.Join(",", first.AnswerKeys));
        await PractiseAsync(_hireB, first.Options.First(o => !first.AnswerKeys.Contains(o.Key)).Key);
        await PractiseAsync(_outsider, string.Join(",", first.AnswerKeys));
        await DeliverToAsync(_boss);
    }

    /// <summary>The hire names the manager by email and the manager accepts.</summary>
    private async Task NameManagerAsync(TeamsChat chat, TeamsChat manager, string managerName)
    {
        await chat.Send("我的经理");
        await chat.Send($"{manager.UserId[3..]}@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, managerName), chat.LastText());
        var request = (await DeliverToAsync(manager)).Single();
        await manager.Submit(NudgeHost.ButtonData(request, NudgeText.Get("Manager.Accept", Chinese)));
    }

    private static async Task PractiseAsync(TeamsChat chat, string answer)
    {
        await chat.Send("练习");
        await chat.Press(PracticeTexts.Get("Question.Submit", Zh), new { answer });
        await chat.Press(PracticeTexts.Get("Feedback.Finish", Zh));
        Assert.Equal(PracticeTexts.Get("Summary.Title", Zh), chat.LastCardTexts()[0]);
    }

    /// <summary>The question on the chat's last card, found by its prompt.</summary>
    private static Question Asked(TeamsChat chat)
    {
        var texts = chat.LastCardTexts();
        return Bank.All.Single(q => texts.Contains(q.Prompt.Get(Chinese)));
    }

    /// <summary>The data of the readiness card's button for <paramref name="hireId"/> doing <paramref name="action"/> (the first such).</summary>
    private static JsonElement ButtonData(JsonElement card, string hireId, string action) =>
        Actions(card).First(d => d.TryGetProperty("rep", out var h) && h.GetString() == hireId
            && d.TryGetProperty("action", out var a) && a.GetString() == action);

    private static IEnumerable<JsonElement> Actions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() is "Action.Submit" or "Action.Execute" && element.TryGetProperty("data", out var data))
            {
                yield return data;
            }

            foreach (var inner in element.EnumerateObject().SelectMany(p => Actions(p.Value)))
            {
                yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in element.EnumerateArray().SelectMany(Actions))
            {
                yield return inner;
            }
        }
    }

    private static List<string> Row(IReadOnlyList<string> texts, string first) => [.. texts.SkipWhile(t => t != first).Skip(1).Take(2)];

    private static string Share(double share) => share.ToString("P0", Chinese);

    private async Task<List<Activity>> DeliverToAsync(TeamsChat chat)
    {
        var before = _factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(_factory.Services);
        return [.. _factory.Connector.Sends.Skip(before).Where(s => s.ConversationId == chat.ConversationId).Select(s => s.Activity)];
    }
}
