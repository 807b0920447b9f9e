using System.Text.Json;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Tests.Harness;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions Options = new() { Prompt = "角色？", Choices = TestFlows.Roles };

    [Theory]
    [InlineData("zh-CN", "2")]
    [InlineData("zh-CN", "２")]
    [InlineData("zh-CN", "影响者")]
    [InlineData("en-US", "Influencer")]
    [InlineData("en-US", "2.")]
    public async Task TypedAnswer_ByNumberTitleOrValue_FindsTheChoice(string locale, string typed)
    {
        using var chat = new Chat(TestFlows.AskWith(new ChoicePrompt("r"), Options), TestFlows.Ask, locale);
        await chat.Send("go");

        await chat.Send(typed);

        Assert.Equal("""={"Index":1,"Value":"influencer","Title":"影响者"}""", chat.Texts().First());
    }

    [Fact]
    public async Task ButtonPressed_FindsTheChoiceOfThatButton()
    {
        using var chat = new Chat(TestFlows.AskWith(new ChoicePrompt("r"), Options), TestFlows.Ask);
        await chat.Send("go");
        var (_, id) = chat.LastCard();

        await chat.Submit(chat.ButtonData("使用者"), id);

        Assert.Equal("""={"Index":2,"Value":"user","Title":"使用者"}""", chat.Texts().First());
    }

    [Fact]
    public async Task ChoiceSetStyle_CardHasChoiceSetAndItsSubmitFindsTheChoice()
    {
        using var chat = new Chat(TestFlows.AskWith(new ChoicePrompt("r") { Style = ChoiceStyle.ChoiceSet }, Options), TestFlows.Ask, "en-US");
        await chat.Send("go");
        var (card, id) = chat.LastCard();
        var set = card.GetProperty("body")[1];
        Assert.Equal("Input.ChoiceSet", set.GetProperty("type").GetString());
        Assert.Equal(["decision", "influencer", "user"], set.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        var submit = card.GetProperty("actions")[0];
        Assert.Equal("Submit", submit.GetProperty("title").GetString());

        // The client merges the button's data with the inputs.
        var data = JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["dialogForm"] = submit.GetProperty("data").GetProperty("dialogForm").GetString()!,
            [set.GetProperty("id").GetString()!] = "decision",
        });
        await chat.Submit(data, id);

        Assert.Equal("""={"Index":0,"Value":"decision","Title":"决策者"}""", chat.Texts().First());
    }

    [Theory]
    [InlineData("7")]
    [InlineData("销售")]
    public async Task NotAnOption_RetryTextAndTheButtonsAgain(string typed)
    {
        using var chat = new Chat(TestFlows.AskWith(new ChoicePrompt("r"), Options), TestFlows.Ask);
        await chat.Send("go");

        await chat.Send(typed);

        Assert.Equal(["请选择一个选项：点击按钮，或输入选项的编号或名称。"], chat.Texts());
        Assert.Equal(3, chat.LastCard().Card.GetProperty("actions").GetArrayLength());
    }
}
