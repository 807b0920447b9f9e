using System.Globalization;
using System.Resources;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Web.Resources;
using SalesCoachBot.Web.Tests.Conversations.Practice;
using SalesCoachBot.Web.Tests.Conversations.Rep;
using SalesCoachBot.Web.Tests.Nudges;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations;

/// <summary>
/// Who the bot thinks it talks to: one language for everything a turn says (the product's texts,
/// the engine's, the host's apology), and one time zone for every date it shows, defaults or sends at.
/// </summary>
public sealed class TurnUserConversationTests
{
    private static readonly ResourceManager EngineTexts = new("SalesCoachBot.Dialogs.Resources.DialogTexts", typeof(DialogRunner).Assembly);
    private static readonly Dictionary<string, string?> HandDriven = new() { ["Proactive:WorkersEnabled"] = "false" };

    // 12:00 UTC on Tuesday 2026-03-10: 20:00 that day in Shanghai, already 02:00 on the 11th in Kiritimati.
    private static FakeTimeProvider Noon() => new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("fr-FR", "en-US", "timezone", "deals")]
    [InlineData("en-GB", "en-US", "timezone", "deals")]
    [InlineData("zh-TW", "zh-CN", "时区", "商机")]
    public async Task Chat_ClientLocale_WelcomeMenuPromptsEngineAndApologyAllInOneLanguage(string locale, string answeredIn, string timeZoneCommand, string dealsCommand)
    {
        // The deals store fails, so the deals command ends in the host's apology.
        await using var factory = new BotWebApplicationFactory(services: services =>
        {
            services.RemoveAll<IDealStore>();
            services.AddScoped(_ => new Mock<IDealStore>(MockBehavior.Strict).Object);
        });
        var chat = new TeamsChat(factory, locale);
        var culture = CultureInfo.GetCultureInfo(answeredIn);

        await chat.Install();
        Assert.Equal(CoachingText.Get("Welcome.Title", culture), chat.LastCardTexts()[0]);

        await chat.Send("hello");
        Assert.Equal(CoachingText.Get("Menu.Intro", culture), chat.LastCardTexts()[1]);

        await chat.Send(timeZoneCommand);
        Assert.Equal(NudgeText.Get("TimeZone.Prompt", culture), chat.LastText());
        await chat.Send("Mars/Olympus");
        Assert.Equal(NudgeText.Format("TimeZone.Invalid", culture, "Mars/Olympus"), chat.LastText());
        await chat.Send("cancel");
        Assert.Equal(EngineTexts.GetString("Cancelled", culture), chat.LastText());

        await chat.Send(dealsCommand);
        Assert.Equal(WebTexts.ResourceManager.GetString(nameof(WebTexts.TurnFailed), culture), chat.LastText());
    }

    [Fact]
    public async Task VisitDates_ZoneSetByCommandThenCleared_SetZonesTodayThenTheClientsAgain()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Noon());
        var rep = new RepSession(factory, "zh-CN");
        await rep.NewDealAsync("华为", "数据中心扩容");
        await rep.AddPersonAsync(new { name = "王总", decisionChainRoles = "DecisionMaker" });

        await rep.Command("prep");
        Assert.Equal("2026-03-10", InputValue(rep.Chat, "visitDate"));
        await rep.Send("取消");

        await rep.Send("时区");
        await rep.Send("Pacific/Kiritimati");
        Assert.Equal(NudgeText.Format("TimeZone.Saved", rep.Culture, "Pacific/Kiritimati", "09:00"), rep.Chat.LastText());

        await rep.Command("prep");
        Assert.Equal("2026-03-11", InputValue(rep.Chat, "visitDate"));
        await rep.Send("取消");
        await rep.Command("debrief");
        Assert.Equal("2026-03-11", InputValue(rep.Chat, "visitDate"));
        await rep.Send("取消");

        await rep.Send("时区 清除");
        Assert.Equal(NudgeText.Format("TimeZone.Cleared", rep.Culture, "Asia/Shanghai"), rep.Chat.LastText());

        await rep.Command("debrief");
        Assert.Equal("2026-03-10", InputValue(rep.Chat, "visitDate"));
        var profile = await ProfileAsync(factory, rep.UserId);
        Assert.Equal((null, "Asia/Shanghai"), (profile.TimeZone, profile.ClientTimeZone));
    }

    [Fact]
    public async Task VisitDates_ClearedAtTheQuestionInEnglish_ClientsZoneAgain()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Noon());
        var chat = new TeamsChat(factory, "en-US");
        await chat.Send("timezone");
        await chat.Send("Pacific/Kiritimati");

        await chat.Send("timezone");
        await chat.Send("clear");

        Assert.Equal(NudgeText.Format("TimeZone.Cleared", CultureInfo.GetCultureInfo("en-US"), "Asia/Shanghai"), chat.LastText());
        Assert.Null((await ProfileAsync(factory, chat.UserId)).TimeZone);
    }

    [Fact]
    public async Task VisitDates_NoZoneSetAndTheClientTravels_FollowsTheZoneTheClientReportsNow()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Noon());
        var rep = new RepSession(factory, "zh-CN");
        await rep.NewDealAsync("华为", "数据中心扩容");
        await rep.Command("prep");
        Assert.Equal("2026-03-10", InputValue(rep.Chat, "visitDate"));
        await rep.Send("取消");

        rep.Chat.ClientMovesTo("Pacific/Kiritimati");
        await rep.Command("prep");

        Assert.Equal("2026-03-11", InputValue(rep.Chat, "visitDate"));
        Assert.Equal("Pacific/Kiritimati", (await ProfileAsync(factory, rep.UserId)).ClientTimeZone);
    }

    [Fact]
    public async Task Digest_FrenchManagerWithoutAZoneOfTheirOwn_InEnglishAtNineInTheClientsZone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: HandDriven);
        var manager = new TeamsChat(factory, "fr-FR", userId: "29:mgr-anne", userName: "Anne Dupont", timeZone: "America/New_York");
        var rep = new TeamsChat(factory, "zh-CN", userId: "29:rep-a", userName: "李明");
        await manager.Install();
        await rep.Install();
        await rep.Send("我的经理");
        await rep.Send("mgr-anne@contoso.com");
        await NudgeHost.SeedDealAsync(factory.Services, rep.UserId, "华为", "数据中心扩容");
        var before = factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(factory.Services);
        var request = factory.Connector.Sends.Skip(before).Single(s => s.ConversationId == manager.ConversationId).Activity;
        await manager.Submit(NudgeHost.ButtonData(request, NudgeText.Get("Manager.Accept", CultureInfo.GetCultureInfo("en-US"))));
        await NudgeHost.DeliverAsync(factory.Services);

        // 08:30 in New York (20:30 in Shanghai, the configured default): not yet.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 12, 30, 0, TimeSpan.Zero));
        Assert.Equal(0, await NudgeHost.ScheduleAsync(factory.Services));

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await NudgeHost.ScheduleAsync(factory.Services));
        var sent = factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(factory.Services);

        var digest = Assert.Single(factory.Connector.Sends.Skip(sent));
        Assert.Equal(TeamSeed.ConversationOf(manager.UserId), digest.ConversationId);
        var card = digest.Activity.Attachments![0].Content!.Value;
        Assert.Equal(NudgeText.Format("Digest.Title", CultureInfo.GetCultureInfo("en-US"), 1), TeamsChat.CardTexts(card).First());
    }

    [Fact]
    public async Task PracticeReminder_TaiwaneseClientWithAZoneSetByCommand_InChineseAtTheTimeInThatZone()
    {
        // 20:00 UTC on 2026-03-10: 21:00 in Berlin (the client's zone), 05:00 on the 11th in Tokyo.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 20, 0, 0, TimeSpan.Zero));
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: HandDriven);
        var hire = new TeamsChat(factory, "zh-TW", userId: "29:hire-a", userName: "小王", timeZone: "Europe/Berlin");
        await hire.Send("时区");
        await hire.Send("Asia/Tokyo");

        await hire.Send("提醒");
        await hire.Press(PracticeTexts.Get("Reminder.Save", "zh-CN"), new { enabled = "on", time = "07:30" });
        Assert.Equal(PracticeTexts.Format("Reminder.SavedOn", "zh-CN", "07:30", "Asia/Tokyo"), hire.LastText());

        // 07:00 in Tokyo; in Berlin it would be long past 07:30.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await NudgeHost.ScheduleAsync(factory.Services));

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(1, await NudgeHost.ScheduleAsync(factory.Services));
        var sent = factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(factory.Services);

        var reminder = Assert.Single(factory.Connector.Sends.Skip(sent));
        Assert.Equal(hire.ConversationId, reminder.ConversationId);
        Assert.Equal(PracticeTexts.Get("Reminder.DailyTitle", "zh-CN"), reminder.Activity.Summary);
    }

    private static async Task<UserProfile> ProfileAsync(BotWebApplicationFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None))!;
    }

    /// <summary>The value an input of the last card starts with, wherever it sits in the card.</summary>
    private static string? InputValue(TeamsChat chat, string id) => Find(chat.LastCard(), id)?.GetProperty("value").GetString();

    private static JsonElement? Find(JsonElement element, string id)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == id)
            {
                return element;
            }

            return element.EnumerateObject().Select(p => Find(p.Value, id)).FirstOrDefault(e => e is not null);
        }

        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(e => Find(e, id)).FirstOrDefault(e => e is not null)
            : null;
    }
}
