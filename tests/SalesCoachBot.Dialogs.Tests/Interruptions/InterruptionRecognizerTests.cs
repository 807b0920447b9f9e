using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Tests.Interruptions;

public sealed class InterruptionRecognizerTests
{
    [Theory]
    [InlineData("取消", "Cancel")]
    [InlineData("  ＣＡＮＣＥＬ ", "Cancel")]
    [InlineData("帮助？", "Help")]
    [InlineData("？", "Help")]
    [InlineData("Back", "Back")]
    [InlineData("返回。", "Back")]
    [InlineData("重新开始", "Restart")]
    [InlineData("Start  over", "Restart")]
    [InlineData("取消订单的原因", "None")]
    [InlineData("help me with the budget", "None")]
    public void Recognize_Message_Command(string text, string expected)
    {
        Assert.Equal(Enum.Parse<Interruption>(expected), InterruptionRecognizer.Recognize(new Activity { Type = ActivityTypes.Message, Text = text }));
    }

    [Fact]
    public void Recognize_InvokeWithCommandText_None()
    {
        Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(new Activity { Type = ActivityTypes.Invoke, Text = "cancel" }));
    }
}
