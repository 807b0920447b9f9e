using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Tests.Harness;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("zh-CN", "是", "=true")]
    [InlineData("zh-CN", "对的", "=true")]
    [InlineData("zh-CN", "好的。", "=true")]
    [InlineData("zh-CN", "不", "=false")]
    [InlineData("zh-CN", "否", "=false")]
    [InlineData("zh-CN", "不对", "=false")]
    [InlineData("en-US", "Yes!", "=true")]
    [InlineData("en-US", "y", "=true")]
    [InlineData("en-US", "NO", "=false")]
    [InlineData("en-US", "n", "=false")]
    public async Task TypedAnswer_EitherLanguage_Recognized(string locale, string typed, string echoed)
    {
        using var chat = new Chat(TestFlows.AskWith(new ConfirmPrompt("c"), new PromptOptions { Prompt = "OK?" }), TestFlows.Ask, locale);
        await chat.Send("go");

        await chat.Send(typed);

        Assert.Equal(echoed, chat.Texts().First());
    }

    [Theory]
    [InlineData("zh-CN", "是", "否")]
    [InlineData("en-US", "Yes", "No")]
    public async Task Prompt_CardWithLocalizedButtons_PressingNoAnswersFalse(string locale, string yes, string no)
    {
        using var chat = new Chat(TestFlows.AskWith(new ConfirmPrompt("c"), new PromptOptions { Prompt = "OK?" }), TestFlows.Ask, locale);
        await chat.Send("go");
        var (card, id) = chat.LastCard();
        Assert.Equal([yes, no], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(locale[..2], card.GetProperty("lang").GetString());

        await chat.Submit(chat.ButtonData(no), id);

        Assert.Equal("=false", chat.Texts().First());
    }

    [Fact]
    public async Task Unclear_RetryTextAndCardAgain()
    {
        using var chat = new Chat(TestFlows.AskWith(new ConfirmPrompt("c"), new PromptOptions { Prompt = "确定吗？" }), TestFlows.Ask);
        await chat.Send("go");

        await chat.Send("也许");

        Assert.Equal(["请回答“是”或“否”。"], chat.Texts());
        Assert.Contains("确定吗？", chat.LastCardTexts());
    }
}
