using System.Text.Json;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Tests.Harness;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task AnswerWithBotMention_MentionRemoved()
    {
        using var chat = new Chat(TestFlows.AskWith(new TextPrompt("t"), new PromptOptions { Prompt = "?" }), TestFlows.Ask);
        await chat.Send("go");
        var bot = chat.Template.Recipient!;

        await chat.Turn(chat.Template with
        {
            Type = ActivityTypes.Message,
            Id = "m",
            Name = null,
            Value = null,
            Text = $"<at>{bot.Name}</at> 华为 ",
            Entities = [new Entity { Type = Entity.MentionType, Text = $"<at>{bot.Name}</at>", Mentioned = bot }],
        });

        Assert.Equal("=\"华为\"", chat.Texts().First());
    }

    [Fact]
    public async Task CardSubmitWithoutText_NotAnAnswerRetryTextInEnglish()
    {
        using var chat = new Chat(TestFlows.AskWith(new TextPrompt("t"), new PromptOptions { Prompt = "?" }), TestFlows.Ask, "en-US");
        await chat.Send("go");

        await chat.Submit(JsonSerializer.SerializeToElement(new { other = "card" }), "some-card");

        Assert.Equal(["Please type your answer as text."], chat.Texts());
    }
}
