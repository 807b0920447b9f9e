using System.Globalization;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

/// <summary>
/// The server holds every field to the card's limit and every list to its count, whatever a client
/// sends; a refusal names the field and its limit, and nothing is stored. The rep's text reaches a
/// card as text, never as Markdown.
/// </summary>
public sealed class InputLimitsConversationTests
{
    private static readonly string Huge = new('x', 100_000);
    private static readonly ResourceManager EngineTexts = new("SalesCoachBot.Dialogs.Resources.DialogTexts", typeof(DialogRunner).Assembly);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task DealForm_CustomerOf100000Characters_RefusedNamingTheFieldNothingStored(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);

        await rep.NewDealAsync(Huge, "数据中心扩容");

        Assert.Equal(Refusal(rep.Culture, rep.Text("Deal.Form.Customer"), 200), rep.Chat.LastCardTexts()[0]);
        Assert.Empty(await DealsOfAsync(factory, rep.UserId));

        // The form comes back to be corrected, and a name of 200 characters is taken.
        await rep.Save(new { customer = new string('客', 200), name = "数据中心扩容" });
        Assert.Equal(new string('客', 200), (await rep.OnlyDealAsync()).Deal.Customer);
    }

    [Fact]
    public async Task DealForm_NameOf100000Characters_RefusedNamingTheField()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");

        await rep.NewDealAsync("华为", Huge);

        Assert.Equal(Refusal(rep.Culture, rep.Text("Deal.Form.Name"), 200), rep.Chat.LastCardTexts()[0]);
        Assert.Empty(await DealsOfAsync(factory, rep.UserId));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task PersonForm_NameOf100000Characters_RefusedNamingTheFieldNothingStored(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心扩容");

        await rep.AddPersonAsync(new { name = Huge, title = "CIO" });

        Assert.Equal(Refusal(rep.Culture, rep.Text("Person.Name"), 100), rep.Chat.LastCardTexts()[0]);
        Assert.Empty((await rep.OnlyDealAsync()).Deal.Stakeholders);
    }

    [Fact]
    public async Task PersonForm_TitleOverItsLimit_RefusedNamingTheField()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.NewDealAsync("华为", "数据中心扩容");

        await rep.AddPersonAsync(new { name = "王总", title = new string('x', 101) });

        Assert.Equal(Refusal(rep.Culture, rep.Text("Person.JobTitle"), 100), rep.Chat.LastCardTexts()[0]);
        Assert.Empty((await rep.OnlyDealAsync()).Deal.Stakeholders);
    }

    [Fact]
    public async Task Checklist_ItemOverItsLimit_RefusedNamingTheItemNothingStored()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.NewDealAsync("华为", "数据中心扩容");

        await rep.Command("prep");
        await rep.Save(new { visitDate = "2026-03-12", needsPreset = "扩容", competitorPreset = new string('友', 1001) });

        Assert.Equal(Refusal(rep.Culture, CoachingText.Label(VisitChecklistItem.CompetitorPreset, rep.Culture), 1000), rep.Chat.LastCardTexts()[0]);
        Assert.Empty((await rep.OnlyDealAsync()).Deal.Visits);
    }

    [Fact]
    public async Task Debrief_ProgressOverItsLimit_RefusedNamingTheFieldNothingStored()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "en-US");
        await rep.NewDealAsync("Huawei", "Data centre");
        await rep.AddPersonAsync(new { name = "Wang", decisionChainRoles = "DecisionMaker" });
        var wang = (await rep.OnlyDealAsync()).Deal.Stakeholders.Single();

        await rep.Command("debrief");
        await rep.Save(new { visitDate = "2026-03-12", met = wang.Id.ToString("D"), action = "Technical workshop", dealProgress = new string('p', 1001) });

        Assert.Equal(Refusal(rep.Culture, rep.Text("Debrief.DealProgress"), 1000), rep.Chat.LastCardTexts()[0]);
        Assert.Empty((await rep.OnlyDealAsync()).Deal.Visits);
    }

    [Fact]
    public async Task TimeZone_TypedAnswerOverItsLimit_RefusedNamingTheQuestionNothingStored()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.Chat.Install();

        await rep.Send("时区");
        await rep.Send("Asia/" + new string('x', 60));

        Assert.Equal(Refusal(rep.Culture, NudgeText.Get("TimeZone.Field", rep.Culture), 64), rep.Chat.LastText());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(rep.UserId, CancellationToken.None))?.TimeZone);
    }

    [Fact]
    public async Task Manager_TypedSearchOverItsLimit_RefusedNamingTheQuestion()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.Chat.Install();

        await rep.Send("我的经理");
        await rep.Send(new string('王', 255));

        Assert.Equal(Refusal(rep.Culture, NudgeText.Get("Manager.Field", rep.Culture), 254), rep.Chat.LastText());
    }

    [Fact]
    public async Task People_FiftyOnTheDeal_AddingOneMoreSaysSoAndTheCardStillArrives()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.NewDealAsync("华为", "数据中心扩容");
        var deal = (await rep.OnlyDealAsync()).Deal;
        // Fifty people the rep added, each with the longest name and title the form takes.
        await SaveAsync(factory, rep.UserId, deal with
        {
            Stakeholders = [.. Enumerable.Range(0, 50).Select(i => new Stakeholder { Id = Guid.NewGuid(), Name = $"{i:D2}{new string('名', 98)}", Title = new string('职', 100) })],
        });

        await rep.Command("people");
        // Fifty such rows are more than a message holds: the card shows fewer and says how many not.
        var edits = rep.Chat.LastCardButtons().Count(b => b.Contains("名名名", StringComparison.Ordinal));
        Assert.InRange(edits, 1, 49);
        Assert.Equal(CoachingText.Format("Card.AndMore", rep.Culture, 50 - edits), rep.Chat.LastCardTexts()[^1]);
        await rep.Press(rep.Text("People.Add"));

        Assert.Equal(CoachingText.Format("Input.TooMany", rep.Culture, rep.Text("Limits.People"), 50), rep.Chat.LastText());
        Assert.Equal(50, (await rep.OnlyDealAsync()).Deal.Stakeholders.Count);
    }

    [Fact]
    public async Task Deals_TwoHundredOwned_ANewOneSaysSoNothingStored()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.Chat.Install();
        for (var i = 0; i < 200; i++)
        {
            await SaveAsync(factory, rep.UserId, new Deal { Id = Guid.NewGuid(), Customer = $"客户{i:D3}", Name = $"项目{i:D3}{new string('项', 150)}" });
        }

        await rep.Command("deals");
        // Two hundred buttons are more than a message holds: the last give way to a line, and a
        // choice not shown can be typed.
        var shown = rep.Chat.LastCardButtons().Count;
        Assert.InRange(shown, 1, 200);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, EngineTexts.GetString("ChoicesMore", rep.Culture)!, 201 - shown), rep.Chat.LastCardTexts()[^1]);
        await rep.Send(rep.Text("Deal.Pick.New"));

        Assert.Equal(CoachingText.Format("Input.TooMany", rep.Culture, rep.Text("Limits.Deals"), 200), rep.Chat.LastText());
        Assert.Equal(200, (await DealsOfAsync(factory, rep.UserId)).Count);
    }

    [Fact]
    public async Task Cards_CustomerAndPersonNamedAsMarkdownLinks_ArriveAsLiteralText()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        const string Link = "[点我](https://evil.example)";
        const string Escaped = @"\[点我\]\(https://evil.example\)";

        await rep.NewDealAsync(Link, "数据中心扩容");
        await rep.AddPersonAsync(new { name = Link, decisionChainRoles = "DecisionMaker" });

        var texts = rep.TurnCardTexts();
        Assert.DoesNotContain(texts, t => t.Contains(Link, StringComparison.Ordinal));
        Assert.Contains(rep.Text("People.Saved", Escaped), rep.Chat.Texts());
        // The form, left in place as what was sent, shows the name as typed.
        Assert.Contains(TeamsChat.CardTexts(rep.Chat.LastInvokeResponse!.Value!.Value), t => t.EndsWith(": " + Escaped, StringComparison.Ordinal));
        // The gap card's title and chain table, then the people card's title and row.
        Assert.Contains(texts, t => t.Contains(rep.Text("Gaps.Title", rep.Text("Deal.Pick.Item", Escaped, "数据中心扩容")), StringComparison.Ordinal));
        Assert.Contains(Escaped, texts);
        await rep.Command("people");
        var people = rep.TurnCardTexts();
        Assert.DoesNotContain(people, t => t.Contains(Link, StringComparison.Ordinal));
        Assert.Contains(rep.Text("People.Title", rep.Text("Deal.Pick.Item", Escaped, "数据中心扩容")), people);
        Assert.Contains(people, t => t.StartsWith(Escaped, StringComparison.Ordinal));
        Assert.Equal(Link, (await rep.OnlyDealAsync()).Deal.Customer);
    }

    private static string Refusal(CultureInfo culture, string label, int max) => CoachingText.Format("Input.TooLong", culture, label, max);

    private static async Task<IReadOnlyList<DealRecord>> DealsOfAsync(BotWebApplicationFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().ListByOwnerAsync(userId, CancellationToken.None);
    }

    private static async Task SaveAsync(BotWebApplicationFactory factory, string userId, Deal deal)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDealStore>().SaveAsync(userId, deal, CancellationToken.None);
        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
    }
}
