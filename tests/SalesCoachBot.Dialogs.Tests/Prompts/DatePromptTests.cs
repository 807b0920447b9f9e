using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Tests.Harness;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

// The chat's clock is 2026-03-10 20:30 UTC: 13:30 on the 10th in Los Angeles (the recorded
// activity's time zone), 04:30 on the 11th in Shanghai.
public sealed class DatePromptTests
{
    [Theory]
    [InlineData("zh-CN", "2026-12-01", "=\"2026-12-01\"")]
    [InlineData("zh-CN", "2026/12/1", "=\"2026-12-01\"")]
    [InlineData("zh-CN", "2026年12月1日", "=\"2026-12-01\"")]
    [InlineData("zh-CN", "12月1日", "=\"2026-12-01\"")]
    [InlineData("zh-CN", "１２月１号", "=\"2026-12-01\"")]
    [InlineData("zh-CN", "12/1", "=\"2026-12-01\"")]
    [InlineData("zh-CN", "明天", "=\"2026-03-11\"")]
    [InlineData("zh-CN", "后天", "=\"2026-03-12\"")]
    [InlineData("en-US", "12/1/2026", "=\"2026-12-01\"")]
    [InlineData("en-US", "December 1", "=\"2026-12-01\"")]
    [InlineData("en-US", "Dec 1, 2027", "=\"2027-12-01\"")]
    [InlineData("en-US", "tomorrow", "=\"2026-03-11\"")]
    [InlineData("en-US", "Today", "=\"2026-03-10\"")]
    public async Task Answer_InUsersCultureAndTimeZone_RecognizedAsDate(string locale, string typed, string echoed)
    {
        using var chat = new Chat(TestFlows.AskWith(new DatePrompt("d"), new PromptOptions { Prompt = "?" }), TestFlows.Ask, locale);
        await chat.Send("go");

        await chat.Send(typed);

        Assert.Equal(echoed, chat.Texts().First());
    }

    [Fact]
    public async Task Tomorrow_NoTimeZoneOnTheActivityNorAProvider_CountsFromUtcNotFromAProductDefault()
    {
        using var chat = new Chat(TestFlows.AskWith(new DatePrompt("d"), new PromptOptions { Prompt = "?" }), TestFlows.Ask);
        var message = chat.Template with { Type = "message", Name = null, Value = null, LocalTimezone = null, Entities = null };
        await chat.Turn(message with { Id = "m1", Text = "go" });

        await chat.Turn(message with { Id = "m2", Text = "明天" });

        Assert.Equal("=\"2026-03-11\"", chat.Texts().First());
    }

    [Fact]
    public async Task Tomorrow_ProviderNamesAZone_CountsFromItNotFromTheActivitysZone()
    {
        using var chat = new Chat(
            services =>
            {
                TestFlows.AskWith(new DatePrompt("d"), new PromptOptions { Prompt = "?" })(services);
                services.AddSingleton<ITurnLocaleProvider>(new FixedTurnLocaleProvider("zh-CN", "Asia/Shanghai"));
            },
            TestFlows.Ask);
        await chat.Send("go");

        await chat.Send("明天");

        Assert.Equal("=\"2026-03-12\"", chat.Texts().First());
    }

    [Theory]
    [InlineData("zh-CN", "2026-02-30", "请输入日期，例如 2026-12-01、12月1日 或 明天。")]
    [InlineData("zh-CN", "13/1/2026", "请输入日期，例如 2026-12-01、12月1日 或 明天。")]
    [InlineData("en-US", "someday", "Please enter a date, for example 2026-12-01, 12/1 or tomorrow.")]
    public async Task NotADate_RetryTextInUsersLanguage(string locale, string typed, string retry)
    {
        using var chat = new Chat(TestFlows.AskWith(new DatePrompt("d"), new PromptOptions { Prompt = "?" }), TestFlows.Ask, locale);
        await chat.Send("go");

        await chat.Send(typed);

        Assert.Equal([retry], chat.Texts());
    }
}
