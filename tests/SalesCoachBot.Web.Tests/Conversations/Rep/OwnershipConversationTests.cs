using Microsoft.Extensions.Logging;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

public sealed class OwnershipConversationTests
{
    [Theory]
    [InlineData("zh-CN", "prep")]
    [InlineData("en-US", "people")]
    [InlineData("zh-CN", "kp")]
    [InlineData("en-US", "deals")]
    public async Task ButtonWithAnotherRepsDealId_Refused_NothingChanged_Logged(string locale, string command)
    {
        await using var factory = new BotWebApplicationFactory();
        var repA = new RepSession(factory, "zh-CN");
        await repA.NewDealAsync("华为", "数据中心");
        var before = await repA.OnlyDealAsync();

        var repB = new RepSession(factory, locale, userId: "29:rep-b", userName: "Bob");
        await repB.Submit(new Dictionary<string, string> { ["command"] = command, ["dealId"] = before.Deal.Id.ToString("D"), ["personId"] = "new" });

        Assert.Equal(repB.Text("Deal.Refused"), repB.Chat.LastText());
        var after = await repA.FindDealAsync(before.Deal.Id);
        Assert.Equal(before.UpdatedAt, after!.UpdatedAt);
        Assert.Equal(RepSession.Json(before.Deal), RepSession.Json(after.Deal));
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains("29:rep-b", StringComparison.Ordinal) && e.Message.Contains("29:rep-a", StringComparison.Ordinal));

        // Rep B's own current deal was not switched to rep A's.
        await repB.Command("gaps");
        Assert.Equal(repB.Text("Deal.Form.Title"), repB.Chat.LastCardTexts()[0]);
    }
}
