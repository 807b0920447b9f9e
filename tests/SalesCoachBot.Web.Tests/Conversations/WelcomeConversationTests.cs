using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations;

/// <summary>The welcome asks what the user mainly wants to do; the answer is remembered and leads the menu.</summary>
public sealed class WelcomeConversationTests
{
    [Theory]
    [InlineData("zh-CN", "带团队", "帮助")]
    [InlineData("en-US", "Lead a team", "help")]
    public async Task Install_AnswerLeadATeam_RememberedAndTheMenuLeadsWithTheManagersButtons(string locale, string answer, string help)
    {
        await using var factory = new BotWebApplicationFactory();
        var chat = new TeamsChat(factory, locale, userId: "29:new-user");
        var culture = CultureInfo.GetCultureInfo(locale);

        await chat.Install();
        Assert.Contains(CoachingText.Get("Welcome.Question", culture), chat.LastCardTexts());
        await chat.Press(answer);

        Assert.Equal(InvokeResponse.AdaptiveCardType, chat.LastInvokeResponse!.Type);
        Assert.Empty(chat.Replies);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var profile = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync("29:new-user", CancellationToken.None);
            Assert.Equal(UserRole.Manager, profile!.MainUse);
        }

        await chat.Send(help);
        var menu = chat.LastCardTexts();
        var team = NudgeTitle("team", culture);
        Assert.Equal(team, menu[2]);
    }

    private static string NudgeTitle(string command, CultureInfo culture) =>
        new System.Resources.ResourceManager("SalesCoachBot.Coaching.Manager.NudgeTexts", typeof(CoachingText).Assembly).GetString($"Command.{command}.Title", culture)!;
}
