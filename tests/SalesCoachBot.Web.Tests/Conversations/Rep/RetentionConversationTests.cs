using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Rep.Privacy;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

/// <summary>A deal the rep closed is deleted by the retention worker once its retention has passed, on a fake clock.</summary>
public sealed class RetentionConversationTests
{
    private const string PurgeLog = "Retention purge:";

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task ClosedDeal_KeptForTheRetention_ThenPurgedByTheWorker_OpenDealStays_LoggedAndAuditedWithoutNames(string locale)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: new Dictionary<string, string?>
        {
            ["Privacy:ClosedDealRetentionDays"] = "30",
            ["Privacy:PurgeInterval"] = "1.00:00:00",
        });
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心");
        await rep.AddPersonAsync(new { name = "张伟", decisionChainRoles = "DecisionMaker", support = "Supports" });
        var closing = (await rep.OnlyDealAsync()).Deal;

        // Closed from the deal's people card: won.
        await rep.Command("people");
        await rep.Press(rep.Text("Command.close.Title"));
        Assert.Equal(rep.Text("Close.Question", rep.Text("Deal.Pick.Item", "华为", "数据中心")), rep.Chat.LastCardTexts()[0]);
        await rep.Press(rep.Text("Close.Won"));
        Assert.Equal(rep.Text("Close.Done.Won", rep.Text("Deal.Pick.Item", "华为", "数据中心"), new DateOnly(2026, 4, 9).ToString("d", rep.Culture)), rep.Chat.LastText());
        await rep.NewDealAsync("阿里", "数据中台");
        var open = await OpenDealIdAsync(factory, rep.UserId, closing.Id);

        // 29 days later the closed deal is still kept.
        await WaitForPurgeRunsAsync(factory, 1);
        clock.Advance(TimeSpan.FromDays(29));
        await WaitForPurgeRunsAsync(factory, 2);
        Assert.NotNull(await rep.FindDealAsync(closing.Id));

        // Past 30 days it is gone with its people; the open deal stays.
        clock.Advance(TimeSpan.FromDays(2));
        await WaitForPurgeRunsAsync(factory, 3);
        Assert.Null(await rep.FindDealAsync(closing.Id));
        Assert.NotNull(await rep.FindDealAsync(open));
        Assert.Empty(await DatabaseText.FindAsync(factory.DatabasePath, "张伟"));

        var logged = factory.Logs.Entries.Where(e => e.Message.StartsWith(PurgeLog, StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.Equal(["Retention purge: 0 closed deals older than 30 days deleted", "Retention purge: 0 closed deals older than 30 days deleted", "Retention purge: 1 closed deals older than 30 days deleted"], logged);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = Assert.Single(await scope.ServiceProvider.GetRequiredService<IPrivacyStore>().ListAuditAsync(CancellationToken.None));
        Assert.Equal((PrivacyAuditEntry.RetentionOperator, PrivacyAuditEntry.PurgeAction, 1), (audit.Operator, audit.Action, audit.Records));
    }

    private static async Task<Guid> OpenDealIdAsync(BotWebApplicationFactory factory, string userId, Guid closed)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var deals = await scope.ServiceProvider.GetRequiredService<Coaching.Rep.Deals.IDealStore>().ListByOwnerAsync(userId, CancellationToken.None);
        return deals.Single(d => d.Deal.Id != closed).Deal.Id;
    }

    // The worker runs on its own; its log line says when a run is over.
    private static async Task WaitForPurgeRunsAsync(BotWebApplicationFactory factory, int runs)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (factory.Logs.Entries.Count(e => e.Message.StartsWith(PurgeLog, StringComparison.Ordinal)) < runs)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
