using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Practice;

public sealed class PracticeConversationTests
{
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // 09:00 in Shanghai, the chat's time zone.
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> TwoNewADay = new() { ["Practice:DailyNewQuestions"] = "2" };

    [Theory]
    [InlineData("zh-CN", "练习")]
    [InlineData("en-US", "practice")]
    public async Task Practice_RightThenWrong_FeedbackSummaryAndBothDueTheNextDay(string locale, string command)
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: TwoNewADay);
        var chat = new TeamsChat(factory, locale, userId: "29:hire-a", userName: "小王");
        var culture = CultureInfo.GetCultureInfo(locale);
        var first = Bank.All[0];
        var second = Bank.All[1];

        await chat.Send(command);
        Assert.Equal(PracticeTexts.Format("Practice.Start", locale, 2, 0, 2), chat.Texts().First());
        Assert.Contains(first.Prompt.Get(culture), chat.LastCardTexts());

        // Right answer.
        await chat.Press(PracticeTexts.Get("Question.Submit", locale), new { answer = string.Join(",", first.AnswerKeys) });
        var feedback = chat.LastCardTexts();
        Assert.Equal(PracticeTexts.Get("Feedback.Right", locale), feedback[0]);
        Assert.Contains(first.Explanation.Get(culture), feedback);
        Assert.Contains(feedback, t => t.StartsWith(PracticeTexts.Get("Feedback.Reread", locale), StringComparison.Ordinal)
            && t.Contains(first.Reference.Seed, StringComparison.Ordinal) && t.Contains(first.Reference.Part, StringComparison.Ordinal));
        Assert.Contains(PracticeTexts.Get("Feedback.Easy", locale), chat.LastCardButtons());

        // Wrong answer: only one of the keys of a multiple-answer question.
        await chat.Press(PracticeTexts.Get("Feedback.Next", locale));
        Assert.Contains(second.Prompt.Get(culture), chat.LastCardTexts());
        var wrongPick = second.Options.First(o => !second.AnswerKeys.Contains(o.Key)).Key;
        await chat.Press(PracticeTexts.Get("Question.Submit", locale), new { answer = wrongPick });
        feedback = chat.LastCardTexts();
        Assert.Equal(PracticeTexts.Get("Feedback.Wrong", locale), feedback[0]);
        var correctAnswer = string.Join("\n", second.Options.Where(o => second.AnswerKeys.Contains(o.Key)).Select(o => $"{o.Key.ToUpperInvariant()}. {o.Text.Get(culture)}"));
        Assert.Contains($"{PracticeTexts.Get("Feedback.CorrectAnswer", locale)}: {correctAnswer}", feedback);
        Assert.DoesNotContain(PracticeTexts.Get("Feedback.Easy", locale), chat.LastCardButtons());

        // Summary: the wrong one comes back first, one minute on (FSRS learning step).
        await chat.Press(PracticeTexts.Get("Feedback.Finish", locale));
        var nextDue = TimeZoneInfo.ConvertTime(Start.AddMinutes(1), Shanghai).ToString("g", culture);
        Assert.Equal(
            [
                PracticeTexts.Get("Summary.Title", locale),
                $"{PracticeTexts.Get("Summary.Right", locale)}: 1",
                $"{PracticeTexts.Get("Summary.Wrong", locale)}: 1",
                $"{PracticeTexts.Get("Summary.NextDue", locale)}: {nextDue}",
            ],
            chat.LastCardTexts().Take(4));

        // The next day: both are due (the wrong one, due earlier, first), then two new ones.
        clock.Advance(TimeSpan.FromDays(1));
        await chat.Send(command);
        Assert.Equal(PracticeTexts.Format("Practice.Start", locale, 4, 2, 2), chat.Texts().First());
        var card = chat.LastCardTexts();
        Assert.Contains(second.Prompt.Get(culture), card);
        Assert.EndsWith(PracticeTexts.Get("Question.Review", locale), card[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_EasyAfterARightAnswer_ReRatesItSoItIsNotDueTomorrow()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: TwoNewADay);
        var chat = new TeamsChat(factory, "zh-CN", userId: "29:hire-a", userName: "小王");

        await chat.Send("练习");
        await chat.Press("提交答案", new { answer = string.Join(",", Bank.All[0].AnswerKeys) });
        await chat.Press("太简单");

        // FSRS-6: a new item rated Easy has stability w3 = 8.2956 days, so it is due in 8 days.
        var due = TimeZoneInfo.ConvertTime(Start.AddDays(8), Shanghai).ToString("g", CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal(PracticeTexts.Format("Feedback.AdjustedEasy", "zh-CN", due), chat.Texts().First());
        Assert.Contains(Bank.All[1].Prompt.ZhCn, chat.LastCardTexts());
        await chat.Press("提交答案", new { answer = string.Join(",", Bank.All[1].AnswerKeys) });
        await chat.Press("查看总结");

        clock.Advance(TimeSpan.FromDays(1));
        await chat.Send("练习");
        Assert.Equal(PracticeTexts.Format("Practice.Start", "zh-CN", 3, 1, 2), chat.Texts().First());
        Assert.Contains(Bank.All[1].Prompt.ZhCn, chat.LastCardTexts());
    }

    [Fact]
    public async Task Practice_SubmitFromAnOlderQuestionCard_IsNotGradedAgain()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: TwoNewADay);
        var chat = new TeamsChat(factory, "zh-CN", userId: "29:hire-a", userName: "小王");
        await chat.Send("练习");
        var firstCard = chat.LastCard();
        await chat.Press("提交答案", new { answer = string.Join(",", Bank.All[0].AnswerKeys) });

        // The learner scrolls up and presses the first question's button again.
        var stale = JsonNode.Parse(SubmitData(firstCard).GetRawText())!.AsObject();
        stale["answer"] = Bank.All[0].AnswerKeys[0];
        await chat.Submit(stale);

        // The dialog engine recognizes the stale card and shows the current one (the feedback) again.
        var staleText = new System.Resources.ResourceManager("SalesCoachBot.Dialogs.Resources.DialogTexts", typeof(SalesCoachBot.Dialogs.DialogRunner).Assembly)
            .GetString("StaleCardCurrentStep", CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal(staleText, chat.Texts().First());
        Assert.Equal(PracticeTexts.Get("Feedback.Right", "zh-CN"), chat.LastCardTexts()[0]);
        await chat.Press("下一题");
        await chat.Press("提交答案", new { answer = string.Join(",", Bank.All[1].AnswerKeys) });
        await chat.Press("查看总结");
        Assert.Contains("答对: 2", chat.LastCardTexts());
        Assert.Contains("答错: 0", chat.LastCardTexts());
    }

    [Fact]
    public async Task Practice_AllOfTodaysNewQuestionsDone_SaysComeBackTomorrow()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: new Dictionary<string, string?> { ["Practice:DailyNewQuestions"] = "1" });
        var chat = new TeamsChat(factory, "en-US", userId: "29:hire-a", userName: "Wang");
        await chat.Send("practice");
        await chat.Press("Submit answer", new { answer = string.Join(",", Bank.All[0].AnswerKeys) });
        await chat.Press("Easy");

        await chat.Send("practice");

        var due = TimeZoneInfo.ConvertTime(Start.AddDays(8), Shanghai).ToString("g", CultureInfo.GetCultureInfo("en-US"));
        Assert.Equal(PracticeTexts.Format("Practice.NothingDue", "en-US", due), chat.LastText());
    }

    [Fact]
    public async Task Practice_SubmitWithNothingPicked_AsksToChooseAndKeepsTheQuestion()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(Start), settings: TwoNewADay);
        var chat = new TeamsChat(factory, "zh-CN", userId: "29:hire-a", userName: "小王");
        await chat.Send("练习");

        await chat.Press("提交答案", new { answer = "" });

        // Pressed by Action.Execute: the same question comes back in place, the reason on top.
        Assert.Equal(PracticeTexts.Get("Question.ChooseFirst", "zh-CN"), chat.LastCardTexts()[0]);
        Assert.Contains(Bank.All[0].Prompt.ZhCn, chat.LastCardTexts());
    }

    [Theory]
    [InlineData("zh-CN", "练习")]
    [InlineData("en-US", "practice")]
    public async Task Practice_AnswerPressedByExecute_TheFeedbackReplacesTheQuestionAndNoCardIsSent(string locale, string command)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(Start), settings: TwoNewADay);
        var chat = new TeamsChat(factory, locale, userId: "29:hire-a", userName: "小王");
        var culture = CultureInfo.GetCultureInfo(locale);
        await chat.Send(command);
        var question = chat.LastCard();
        var submit = question.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Action.Execute", submit.GetProperty("type").GetString());

        await chat.Press(PracticeTexts.Get("Question.Submit", locale), new { answer = string.Join(",", Bank.All[0].AnswerKeys) });

        // The invoke answers with the feedback, which takes the question's place; the chat gets nothing new.
        var replacement = chat.LastInvokeResponse!;
        Assert.Equal(SalesCoachBot.Protocol.Activities.InvokeResponse.AdaptiveCardType, replacement.Type);
        var feedback = TeamsChat.CardTexts(replacement.Value!.Value).ToList();
        Assert.Equal(PracticeTexts.Get("Feedback.Right", locale), feedback[0]);
        Assert.Contains(Bank.All[0].Explanation.Get(culture), feedback);
        Assert.DoesNotContain("Input.", replacement.Value!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(chat.Replies, r => r.Attachments is { Count: > 0 });

        // The feedback's own buttons go on from where it now stands.
        await chat.Press(PracticeTexts.Get("Feedback.Next", locale));
        Assert.Contains(Bank.All[1].Prompt.Get(culture), chat.LastCardTexts());
    }

    [Fact]
    public async Task Practice_AnswerSentBySubmit_FeedbackArrivesAsAMessageAndTheQuestionBecomesItsAnsweredCopy()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(Start), settings: TwoNewADay);
        var chat = new TeamsChat(factory, "en-US", userId: "29:hire-a", userName: "Wang");
        await chat.Send("practice");
        var answer = JsonNode.Parse(SubmitData(chat.LastCard()).GetRawText())!.AsObject();
        answer["answer"] = string.Join(",", Bank.All[0].AnswerKeys);
        var updatesBefore = factory.Connector.Updated.Count;

        await chat.Submit(answer);

        Assert.Null(chat.LastInvokeResponse);
        Assert.Equal(PracticeTexts.Get("Feedback.Right", "en-US"), chat.LastCardTexts()[0]);
        var (_, updated) = Assert.Single(factory.Connector.Updated.Skip(updatesBefore));
        var answered = updated.Attachments![0].Content!.Value;
        Assert.Contains(Bank.All[0].Prompt.EnUs, TeamsChat.CardTexts(answered));
        Assert.False(answered.TryGetProperty("actions", out _));
        Assert.DoesNotContain("Input.", answered.GetRawText(), StringComparison.Ordinal);

        var next = JsonNode.Parse(chat.LastCard().GetProperty("actions").EnumerateArray().First().GetProperty("data").GetRawText())!;
        await chat.Submit(next);
        Assert.Contains(Bank.All[1].Prompt.EnUs, chat.LastCardTexts());
    }

    private static JsonElement SubmitData(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() is "Action.Submit" or "Action.Execute").GetProperty("data");
}
