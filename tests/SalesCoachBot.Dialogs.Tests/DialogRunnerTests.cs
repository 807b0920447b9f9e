using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Dialogs.Tests.Harness;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Dialogs.Tests;

public sealed class DialogRunnerTests
{
    private const string StateResetZh = "我刚刚升级过，无法接着上次的对话继续，我们重新开始。";

    [Fact]
    public async Task Cancel_InMiddleOfChild_ClearsStackAndNextMessageStartsOver()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");
        await chat.Send("张三");

        await chat.Send("取消");

        Assert.Equal(["好的，已取消。需要时随时给我发消息重新开始。"], chat.Texts());
        Assert.Equal(DialogTurnStatus.Cancelled, chat.Result!.Status);
        Assert.Empty(DialogStateSerializer.Deserialize(chat.Store.Json(chat.ConversationKey), 1).Stack);
        await chat.Send("嗨");
        Assert.Equal("客户名称？", chat.LastText());
    }

    [Fact]
    public async Task StartDialog_WhileAnotherIsMidway_DropsItAndBeginsTheRequestedOne()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");

        await chat.Start(TestFlows.Visit, "准备拜访");

        Assert.Equal("客户名称？", chat.LastText());
        var stack = DialogStateSerializer.Deserialize(chat.Store.Json(chat.ConversationKey), 1).Stack;
        Assert.Equal([TestFlows.Visit, "name"], stack.Select(d => d.Id));
        await chat.Send("腾讯");
        Assert.Equal("联系人姓名？", chat.LastText());
    }

    [Theory]
    [InlineData("ＣＡＮＣＥＬ")]
    [InlineData("  Cancel。 ")]
    [InlineData("取消！")]
    public async Task Cancel_FullWidthCaseAndPunctuation_RecognizedAndAnsweredInUsersLanguage(string typed)
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit, locale: "en-US");
        await chat.Send("start");
        await chat.Send("Contoso");

        await chat.Send(typed);

        Assert.Equal("OK, I've cancelled that. Send me a message whenever you want to start again.", chat.LastText());
    }

    [Fact]
    public async Task Cancel_ProviderNamesACulture_AnsweredInItNotInTheActivitysLocale()
    {
        using var chat = new Chat(
            services =>
            {
                TestFlows.AddVisit(services);
                services.AddSingleton<ITurnLocaleProvider>(new FixedTurnLocaleProvider("en-US", "UTC"));
            },
            TestFlows.Visit,
            locale: "zh-CN");
        await chat.Send("开始");

        await chat.Send("取消");

        Assert.Equal("OK, I've cancelled that. Send me a message whenever you want to start again.", chat.LastText());
    }

    [Fact]
    public async Task Cancel_NoProviderAndALocaleWithoutTexts_AnsweredInTheEnginesNeutralTexts()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit, locale: "fr-FR");
        await chat.Send("start");

        await chat.Send("cancel");

        Assert.Equal("OK, I've cancelled that. Send me a message whenever you want to start again.", chat.LastText());
    }

    [Fact]
    public async Task Help_InChildDialog_GivesChildsHelpThenRepeatsTheQuestion()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");
        await chat.Send("张三");

        await chat.Send("帮助");

        Assert.Equal("联系人帮助", chat.Replies[0].Text);
        Assert.Contains("角色？", chat.LastCardTexts());
        await chat.Send("影响者");
        Assert.Equal("几个人参会？", chat.LastText());
    }

    [Fact]
    public async Task Help_WhereNoDialogHasHelp_GivesGenericHelpInEnglishThenRepeatsTheQuestion()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit, locale: "en-US");
        await chat.Send("start");

        await chat.Send("HELP");

        Assert.Equal(
            ["You can answer the question above, or type: **back** to return to the previous question, **restart** to start over, **cancel** to stop.", "客户名称？"],
            chat.Texts());
    }

    [Fact]
    public async Task Restart_InChild_BeginsTheRootAgainWithOneDialogOnTheStack()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");
        await chat.Send("张三");

        await chat.Send("重新开始");

        Assert.Equal(["好的，我们从头开始。", "客户名称？"], chat.Texts());
        var stack = DialogStateSerializer.Deserialize(chat.Store.Json(chat.ConversationKey), 1).Stack;
        Assert.Equal([TestFlows.Visit, "name"], stack.Select(i => i.Id));
    }

    [Fact]
    public async Task CommandWordInsideAnAnswer_IsAnAnswerNotACommand()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");

        await chat.Send("取消订单的客户");

        Assert.Equal("联系人姓名？", chat.LastText());
    }

    public static TheoryData<string, int> UnusableStacks => new()
    {
        { """{"schemaVersion":1,"stack":[{"id":"gone","version":1,"stepIndex":0,"state":{}}]}""", 1 },
        { """{"schemaVersion":1,"stack":[{"id":"visit","version":1,"stepIndex":9,"state":{"values":{},"history":[]}}]}""", 1 },
        { """{"schemaVersion":1,"stack":[{"id":"visit","version":7,"stepIndex":0,"state":{"values":{},"history":[]}}]}""", 1 },
        { """{"schemaVersion":1,"stack":[{"id":"name","version":1,"stepIndex":0,"state":{"prompt":{"attempts":"many"}}}]}""", 1 },
        { """{"schemaVersion":1,"stack":[{"id":"visit", """, 1 },
        { """{"schemaVersion":1,"stack":[]}""", 0 },
        { """{"schemaVersion":2,"stack":[]}""", 1 },
    };

    [Theory]
    [MemberData(nameof(UnusableStacks))]
    public async Task StoredStackOfUnknownShape_UserToldAndFreshStart(string storedJson, int storedSchemaVersion)
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        chat.Store.Put(chat.ConversationKey, storedJson, storedSchemaVersion);

        await chat.Send("华为");

        Assert.Equal([StateResetZh, "客户名称？"], chat.Texts());
        var stored = DialogStateSerializer.Deserialize(chat.Store.Json(chat.ConversationKey), DialogState.CurrentSchemaVersion);
        Assert.Null(stored.LoadProblem);
        Assert.Equal([TestFlows.Visit, "name"], stored.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task UsableStoredStack_ContinuesWithoutResetMessage()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");

        await chat.Send("华为");

        Assert.Equal(["联系人姓名？"], chat.Texts());
    }

    [Fact]
    public async Task AnotherInstanceCommittedFirst_UserAskedToResendAndNothingOverwritten()
    {
        InMemoryDialogStateStore store = new();
        const string OtherJson = """{"schemaVersion":1,"stack":[]}""";
        using var chat = new Chat(services => services.AddDialog(_ => new WaterfallDialog("racy",
        [
            (step, ct) =>
            {
                // Another instance commits this conversation while the turn runs.
                store.Put(DialogStateKey.For(step.Context.Activity), OtherJson, 1);
                return Task.FromResult(WaterfallStepContext.EndOfTurn);
            },
            (step, ct) => step.EndDialogAsync(null, ct),
        ])), "racy", store: store);

        await chat.Send("hi");

        Assert.Equal("我还在处理你的上一条消息，这条没有保存，请再发一次。", chat.LastText());
        Assert.Equal(OtherJson, store.Json(chat.ConversationKey));
    }

    [Fact]
    public async Task ConcurrentTurnsOfOneConversation_RunOneAfterTheOtherWithoutLostUpdates()
    {
        using var chat = new Chat(services => services.AddDialog(_ => new CountingDialog()), CountingDialog.DialogId);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => chat.Send("+1"))));

        var stored = JsonNode.Parse(chat.Store.Json(chat.ConversationKey)!)!;
        Assert.Equal(20, stored["stack"]![0]!["state"]!["count"]!.GetValue<int>());
    }
}
