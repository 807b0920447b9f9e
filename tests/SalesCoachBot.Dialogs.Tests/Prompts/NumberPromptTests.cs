using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Tests.Harness;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("zh-CN", "1,200", "=1200")]
    [InlineData("zh-CN", "1.5", "=1.5")]
    [InlineData("zh-CN", "１２", "=12")]
    [InlineData("zh-CN", "十二", "=12")]
    [InlineData("zh-CN", "两千三百", "=2300")]
    [InlineData("zh-CN", "一百零五", "=105")]
    [InlineData("zh-CN", "1.5万", "=15000")]
    [InlineData("zh-CN", "大约 20 人", "=20")]
    [InlineData("en-US", "1,200", "=1200")]
    [InlineData("en-US", "about 1.5", "=1.5")]
    [InlineData("en-US", "-3", "=-3")]
    public async Task Answer_InUsersCulture_RecognizedAsDecimal(string locale, string typed, string echoed)
    {
        using var chat = new Chat(TestFlows.AskWith(new NumberPrompt("n"), new PromptOptions { Prompt = "?" }), TestFlows.Ask, locale);
        await chat.Send("go");

        await chat.Send(typed);

        Assert.Equal(echoed, chat.Texts().First());
    }

    [Theory]
    [InlineData("zh-CN", "不知道", "请输入一个数字，例如 12 或 1,200。")]
    [InlineData("en-US", "1,2", "Please enter a number, for example 12 or 1,200.")]
    public async Task Unrecognized_DefaultRetryTextInUsersLanguage(string locale, string typed, string retry)
    {
        using var chat = new Chat(TestFlows.AskWith(new NumberPrompt("n"), new PromptOptions { Prompt = "?" }), TestFlows.Ask, locale);
        await chat.Send("go");

        await chat.Send(typed);

        Assert.Equal([retry], chat.Texts());
        Assert.Equal(DialogTurnStatus.Waiting, chat.Result!.Status);
    }

    [Fact]
    public async Task ValidatorRefusesThenAccepts_ValidatorsRetryMessageThenNextStep()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");
        await chat.Send("张三");
        await chat.Send("1");

        await chat.Send("0");
        Assert.Equal(["人数要在1到100之间"], chat.Texts());
        await chat.Send("5");
        Assert.Contains("确认提交？", chat.LastCardTexts());
    }

    [Fact]
    public async Task AttemptsExhausted_TooManyAttemptsTextAndParentActsOnTheResult()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");
        await chat.Send("张三");
        await chat.Send("1");
        await chat.Send("0");
        await chat.Send("abc");

        await chat.Send("500");

        Assert.Equal(["还是没能识别你的回答，这个问题先不问了。", "跳过人数"], chat.Texts());
        Assert.Contains("确认提交？", chat.LastCardTexts());
        await chat.Send("是");
        Assert.Equal("完成：华为/张三/decision//True", chat.LastText());
    }

    [Fact]
    public async Task MaxAttemptsOnThePrompt_OverridesTheConfiguredDefault()
    {
        using var chat = new Chat(TestFlows.AskWith(new NumberPrompt("n") { MaxAttempts = 1 }, new PromptOptions { Prompt = "?" }), TestFlows.Ask, "en-US");
        await chat.Send("go");

        await chat.Send("none");

        Assert.Equal("I still couldn't understand that answer, so I'll stop asking this question.", chat.Texts().First());
        Assert.Equal("""={"PromptId":"n","Attempts":1}""", chat.Texts().ElementAt(1));
    }
}
