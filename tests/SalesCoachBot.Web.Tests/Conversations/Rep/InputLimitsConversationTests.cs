using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

/// <summary>The server holds every form to the card's limits, whatever a client sends.</summary>
public sealed class InputLimitsConversationTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task DealForm_CustomerOf100000Characters_RefusedNamingTheFieldNothingStored(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);

        await rep.NewDealAsync(new string('x', 100_000), "数据中心扩容");

        Assert.Equal(
            CoachingText.Format("Input.TooLong", rep.Culture, rep.Text("Deal.Form.Customer"), 200),
            rep.Chat.LastText());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IDealStore>().ListByOwnerAsync(rep.Chat.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task PersonForm_TitleOverItsLimit_RefusedNamingTheField()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.NewDealAsync("华为", "数据中心扩容");

        await rep.AddPersonAsync(new { name = "王总", title = new string('x', 101) });

        Assert.Equal(CoachingText.Format("Input.TooLong", rep.Culture, rep.Text("Person.JobTitle"), 100), rep.Chat.LastText());
    }
}
