using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Practice;

public sealed class PracticeReminderConversationTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("zh-CN", "提醒")]
    [InlineData("en-US", "remind")]
    public async Task Remind_SwitchOnAtATimeThenOff_ConfirmsAndTheCardShowsTheSetting(string locale, string command)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(Start));
        var chat = new TeamsChat(factory, locale, userId: "29:hire-a", userName: "小王");
        var save = PracticeTexts.Get("Reminder.Save", locale);

        await chat.Send(command);
        Assert.Equal(PracticeTexts.Get("Reminder.Title", locale), chat.LastCardTexts()[0]);
        Assert.Equal("off", Input(chat, "enabled").GetProperty("value").GetString());

        await chat.Press(save, new { enabled = "on", time = "07:30" });
        Assert.Equal(PracticeTexts.Format("Reminder.SavedOn", locale, "07:30", "Asia/Shanghai"), chat.LastText());

        await chat.Send(command);
        Assert.Equal("on", Input(chat, "enabled").GetProperty("value").GetString());
        Assert.Equal("07:30", Input(chat, "time").GetProperty("value").GetString());

        await chat.Press(save, new { enabled = "off", time = "07:30" });
        Assert.Equal(PracticeTexts.Get("Reminder.SavedOff", locale), chat.LastText());
    }

    [Fact]
    public async Task Remind_TimeNotOffered_AsksAgain()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(Start));
        var chat = new TeamsChat(factory, "zh-CN", userId: "29:hire-a", userName: "小王");
        await chat.Send("提醒");

        await chat.Press("保存", new { enabled = "on", time = "25:00" });

        // Pressed by Action.Execute: the same card comes back in place, the reason on top.
        Assert.Equal(PracticeTexts.Get("Reminder.Retry", "zh-CN"), chat.LastCardTexts()[0]);
        Assert.Equal(PracticeTexts.Get("Reminder.Title", "zh-CN"), chat.LastCardTexts()[1]);
    }

    private static System.Text.Json.JsonElement Input(TeamsChat chat, string id) =>
        chat.LastCard().GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var i) && i.GetString() == id);
}
