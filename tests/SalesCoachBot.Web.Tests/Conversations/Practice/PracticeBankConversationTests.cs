using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Practice;

public sealed class PracticeBankConversationTests
{
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Practice_EveryQuestionOfTheBank_AskedWithTheRightInputAndValidCards(string locale)
    {
        // The harness validates every card (schema, 28 KB) as it arrives; this walks the whole bank.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?>
        {
            ["Practice:DailyNewQuestions"] = Bank.All.Count.ToString(CultureInfo.InvariantCulture),
            ["Practice:MaxQuestionsPerSession"] = "100",
        };
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: settings);
        var chat = new TeamsChat(factory, locale, userId: "29:hire-a", userName: "小王");
        var culture = CultureInfo.GetCultureInfo(locale);
        var submit = PracticeTexts.Get("Question.Submit", locale);
        var asked = new List<string>();

        while (asked.Count < Bank.All.Count)
        {
            await chat.Send("practice");
            while (true)
            {
                var question = Bank.All.Single(q => chat.LastCardTexts().Contains(q.Prompt.Get(culture)));
                asked.Add(question.Id);
                var choices = chat.LastCard().GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Input.ChoiceSet");
                Assert.Equal(question.Selection == AnswerSelection.Many, choices.TryGetProperty("isMultiSelect", out var multi) && multi.GetBoolean());
                Assert.Equal(question.Options.Select(o => o.Key), choices.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
                if (question.CaseStem is { } stem)
                {
                    Assert.Contains(stem.Get(culture), chat.LastCardTexts());
                }

                await chat.Press(submit, new { answer = string.Join(",", question.AnswerKeys) });
                Assert.Equal(PracticeTexts.Get("Feedback.Right", locale), chat.LastCardTexts()[0]);
                var last = chat.LastCardButtons().Contains(PracticeTexts.Get("Feedback.Finish", locale));
                await chat.Press(PracticeTexts.Get(last ? "Feedback.Finish" : "Feedback.Next", locale));
                if (last)
                {
                    break;
                }
            }
        }

        Assert.Equal(Bank.All.Select(q => q.Id), asked);
        await chat.Send("practice");
        // Each was new and answered right (Good): the next learning step is 10 minutes on.
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var due = TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddMinutes(10), shanghai).ToString("g", culture);
        Assert.Equal(PracticeTexts.Format("Practice.NothingDue", locale, due), chat.LastText());
    }
}
