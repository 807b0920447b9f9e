using SalesCoachBot.Dialogs.Tests.Harness;

namespace SalesCoachBot.Dialogs.Tests.Waterfall;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_AnsweredInTurn_RunInOrderWithChildResultAndEndWithSummary()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);

        await chat.Send("你好");
        Assert.Equal("客户名称？", chat.LastText());
        await chat.Send("华为");
        Assert.Equal("联系人姓名？", chat.LastText());
        await chat.Send("张三");
        Assert.Contains("角色？", chat.LastCardTexts());
        await chat.Send("2");
        Assert.Equal("几个人参会？", chat.LastText());
        await chat.Send("十二");
        Assert.Contains("确认提交？", chat.LastCardTexts());
        await chat.Send("是");

        Assert.Equal("完成：华为/张三/influencer/12/True", chat.LastText());
        Assert.Equal(DialogTurnStatus.Complete, chat.Result!.Status);
        Assert.Equal("完成：华为/张三/influencer/12/True", chat.Result.Result);
    }

    [Fact]
    public async Task Back_InsideChild_ReasksChildsPreviousQuestionAndKeepsParentValues()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");
        await chat.Send("张三");

        await chat.Send("返回");

        Assert.Equal("联系人姓名？", chat.LastText());
        await chat.Send("李四");
        await chat.Send("决策者");
        await chat.Send("3");
        await chat.Send("y");
        Assert.Equal("完成：华为/李四/decision/3/True", chat.LastText());
    }

    [Fact]
    public async Task Back_AtChildsFirstQuestion_CancelsChildAndReasksParentsQuestion()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");

        await chat.Send("back");

        Assert.Equal("客户名称？", chat.LastText());
        await chat.Send("中兴");
        Assert.Equal("联系人姓名？", chat.LastText());
        await chat.Send("王五");
        await chat.Send("3");
        await chat.Send("5");
        await chat.Send("否");
        Assert.Equal("完成：中兴/王五/user/5/False", chat.LastText());
    }

    [Fact]
    public async Task Back_AfterChildCompletedAndARetry_ReentersChildThenParentsFirstQuestion()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");
        await chat.Send("华为");
        await chat.Send("张三");
        await chat.Send("1");
        await chat.Send("abc");

        await chat.Send("返回");
        Assert.Equal("联系人姓名？", chat.LastText());
        await chat.Send("返回");
        Assert.Equal("客户名称？", chat.LastText());
    }

    [Fact]
    public async Task Back_AtFirstQuestion_SaysThereIsNothingToGoBackToAndAsksAgain()
    {
        using var chat = new Chat(TestFlows.AddVisit, TestFlows.Visit);
        await chat.Send("开始");

        await chat.Send("返回");

        Assert.Equal(["这已经是第一个问题了，无法再返回。", "客户名称？"], chat.Texts());
    }
}
