using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations;

public sealed class MenuConversationTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Install_PersonalScope_WelcomesInTheUsersLanguage(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var chat = new TeamsChat(factory, locale);

        await chat.Install();

        var culture = CultureInfo.GetCultureInfo(locale);
        Assert.Equal(
            [CoachingText.Get("Welcome.Title", culture), CoachingText.Get("Welcome.Intro", culture)],
            chat.LastCardTexts().Take(2));
    }

    [Fact]
    public async Task Send_GreetingThenGibberish_MenuThenNotUnderstood()
    {
        await using var factory = new BotWebApplicationFactory();
        var chat = new TeamsChat(factory, "zh-CN");

        await chat.Send("你好");
        Assert.Equal(CoachingText.Get("Menu.Intro", Chinese), chat.LastCardTexts()[1]);

        await chat.Send("今天天气怎么样");
        Assert.Equal(CoachingText.Get("Menu.NotUnderstood", Chinese), chat.LastCardTexts()[1]);
    }

    [Fact]
    public async Task Send_HelpInEnglish_MenuInEnglish()
    {
        await using var factory = new BotWebApplicationFactory();
        var chat = new TeamsChat(factory, "en-US");

        await chat.Send("help");

        Assert.Equal(CoachingText.Get("Menu.Intro", English), chat.LastCardTexts()[1]);
    }
}
