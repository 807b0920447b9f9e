using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations;

/// <summary>`help` shows what this user does most, at most six buttons, and the rest behind "more".</summary>
public sealed class RoleMenuConversationTests
{
    [Theory]
    [InlineData("zh-CN", UserRole.Rep, "帮助", new[] { "deals", "prep", "people", "kp", "gaps" })]
    [InlineData("en-US", UserRole.Rep, "help", new[] { "deals", "prep", "people", "kp", "gaps" })]
    [InlineData("zh-CN", UserRole.Manager, "帮助", new[] { "team", "readiness", "deals", "gaps" })]
    [InlineData("en-US", UserRole.Manager, "help", new[] { "team", "readiness", "deals", "gaps" })]
    [InlineData("zh-CN", UserRole.NewHire, "帮助", new[] { "practice", "progress", "remind" })]
    [InlineData("en-US", UserRole.NewHire, "help", new[] { "practice", "progress", "remind" })]
    public async Task Help_PerRole_AtMostSixMainButtonsAndTheRestBehindMore(string locale, UserRole role, string help, string[] expected)
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        var chat = new TeamsChat(factory, locale);
        await chat.Install();
        await SetRoleAsync(factory.Services, chat.UserId, role);

        await chat.Send(help);

        var card = chat.LastCard();
        var culture = CultureInfo.GetCultureInfo(locale);
        Assert.Equal(CoachingText.Get("Menu.Intro", culture), chat.LastCardTexts()[1]);
        var main = Commands(card.GetProperty("body")).ToList();
        Assert.Equal(expected, main);
        Assert.True(main.Count <= 6);
        var more = card.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Action.ShowCard", more.GetProperty("type").GetString());
        Assert.Equal(CoachingText.Get("Menu.More", culture), more.GetProperty("title").GetString());
        var rest = Commands(more.GetProperty("card")).ToList();
        Assert.NotEmpty(rest);
        Assert.Empty(rest.Intersect(main));
    }

    [Theory]
    [InlineData("zh-CN", "Welcome.Rep", "帮助", new[] { "deals", "prep", "people", "kp", "gaps" })]
    [InlineData("en-US", "Welcome.Rep", "help", new[] { "deals", "prep", "people", "kp", "gaps" })]
    [InlineData("zh-CN", "Welcome.Manager", "帮助", new[] { "team", "readiness", "deals", "gaps" })]
    [InlineData("en-US", "Welcome.Manager", "help", new[] { "team", "readiness", "deals", "gaps" })]
    [InlineData("zh-CN", "Welcome.Learner", "帮助", new[] { "practice", "progress", "remind" })]
    [InlineData("en-US", "Welcome.Learner", "help", new[] { "practice", "progress", "remind" })]
    public async Task Help_AfterAnsweringTheWelcome_ThatAnswersButtonsLeadAtMostSixAndTheRestBehindMore(string locale, string answer, string help, string[] expected)
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        var chat = new TeamsChat(factory, locale, userId: "29:new-user");
        var culture = CultureInfo.GetCultureInfo(locale);
        await chat.Install();
        await chat.Press(CoachingText.Get(answer, culture));

        await chat.Send(help);

        var card = chat.LastCard();
        var main = Commands(card.GetProperty("body")).ToList();
        Assert.Equal(expected, main);
        Assert.InRange(main.Count, 1, MenuMainCount);
        var more = card.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal(CoachingText.Get("Menu.More", culture), more.GetProperty("title").GetString());
        Assert.Empty(Commands(more.GetProperty("card")).Intersect(main));
    }

    [Theory]
    [InlineData("zh-CN", UserRole.Rep, "今天天气怎么样", new[] { "deals", "prep", "people", "kp", "gaps" })]
    [InlineData("en-US", UserRole.Rep, "what's the weather", new[] { "deals", "prep", "people", "kp", "gaps" })]
    [InlineData("zh-CN", UserRole.Manager, "今天天气怎么样", new[] { "team", "readiness", "deals", "gaps" })]
    [InlineData("en-US", UserRole.Manager, "what's the weather", new[] { "team", "readiness", "deals", "gaps" })]
    [InlineData("zh-CN", UserRole.NewHire, "今天天气怎么样", new[] { "practice", "progress", "remind" })]
    [InlineData("en-US", UserRole.NewHire, "what's the weather", new[] { "practice", "progress", "remind" })]
    public async Task NotUnderstood_PerRole_OnlyTheMainButtonsAndAllCommands(string locale, UserRole role, string words, string[] expected)
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        var chat = new TeamsChat(factory, locale);
        await chat.Install();
        await SetRoleAsync(factory.Services, chat.UserId, role);

        await chat.Send(words);

        var culture = CultureInfo.GetCultureInfo(locale);
        var card = chat.LastCard();
        Assert.Equal(CoachingText.Get("Menu.NotUnderstood", culture), chat.LastCardTexts()[1]);
        Assert.Equal([.. expected, "help"], Commands(card).ToList());
        Assert.Equal(CoachingText.Get("Menu.All", culture), card.GetProperty("actions").EnumerateArray().Last().GetProperty("title").GetString());
        Assert.DoesNotContain("Action.ShowCard", card.GetRawText(), StringComparison.Ordinal);
        // The whole menu is ~12 KB; this answer is the part a user needs when the bot missed their words.
        Assert.InRange(card.GetRawText().Length, 1, 2_500);
    }

    [Fact]
    public async Task NotUnderstood_AllCommandsByExecute_TheWholeMenuReplacesTheShortCardInPlace()
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        var chat = new TeamsChat(factory, "zh-CN");
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        await chat.Send("今天天气怎么样");

        await chat.Press(CoachingText.Get("Menu.All", chinese));

        Assert.DoesNotContain(chat.Replies, r => r.Attachments is { Count: > 0 });
        Assert.Equal(InvokeResponse.AdaptiveCardType, chat.LastInvokeResponse?.Type);
        var menu = chat.LastInvokeResponse!.Value!.Value;
        Assert.Equal(CoachingText.Get("Menu.Intro", chinese), TeamsChat.CardTexts(menu).ElementAt(1));
        Assert.Equal("Action.ShowCard", menu.GetProperty("actions")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task NotUnderstood_AllCommandsBySubmitDuringAFlow_TheWholeMenuAndTheFlowLeft()
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        var chat = new TeamsChat(factory, "en-US");
        var english = CultureInfo.GetCultureInfo("en-US");
        await chat.Send("what's the weather");
        await chat.Send("prep");

        await chat.Submit(new { command = "help" });

        Assert.Equal(CoachingText.Get("Menu.Intro", english), chat.LastCardTexts()[1]);
        await chat.Send("what's the weather");
        Assert.Equal(CoachingText.Get("Menu.NotUnderstood", english), chat.LastCardTexts()[1]);
    }

    private const int MenuMainCount = 6;

    private static async Task SetRoleAsync(IServiceProvider services, string userId, UserRole role)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserStore>();
        var profile = await users.FindAsync(userId, CancellationToken.None) ?? new UserProfile(userId);
        await users.UpsertAsync(profile with { Role = role }, CancellationToken.None);
        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
    }

    private static IEnumerable<string> Commands(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() is "Action.Submit" or "Action.Execute"
                && element.TryGetProperty("data", out var data) && data.TryGetProperty("command", out var command))
            {
                yield return command.GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var found in Commands(property.Value))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in Commands(item))
                {
                    yield return found;
                }
            }
        }
    }
}
