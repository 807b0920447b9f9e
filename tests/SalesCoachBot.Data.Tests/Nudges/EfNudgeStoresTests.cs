using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Nudges;

public sealed class EfNudgeStoresTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task TeamStore_ManagersAndAddressLookUp_ExactAddressInTheTenantOnly()
    {
        const string Contoso = "tenant-contoso";
        const string Fabrikam = "tenant-fabrikam";
        await using var host = new ProactiveHost(_root.Path, new FakeTimeProvider(), new ScriptedConnectorClient());
        await host.MigrateAsync();
        await InScopeAsync(host, async sp =>
        {
            var users = sp.GetRequiredService<IUserStore>();
            await users.UpsertAsync(new UserProfile("29:wang") { Name = "王芳", TenantId = Contoso, Email = "Wang.Fang@Contoso.com", UserPrincipalName = "wangf@contoso.onmicrosoft.com" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:wang2") { Name = "王芳芳", TenantId = Contoso, Email = "wang.fangfang@contoso.com" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:pct") { Name = "100% Sales", TenantId = Contoso, Email = "100%@contoso.com" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:twin") { Name = "王芳", TenantId = Fabrikam, Email = "wang.fang@contoso.com" }, CancellationToken.None);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:li") { Name = "李明", TenantId = Contoso, ManagerId = "29:wang" }, CancellationToken.None);
        });

        await InScopeAsync(host, async sp =>
        {
            var team = sp.GetRequiredService<ITeamStore>();
            async Task<IEnumerable<string>> FindAsync(string tenant, string address) =>
                (await team.FindByAddressAsync(tenant, address, 10, CancellationToken.None)).Select(u => u.Id);

            Assert.Equal(["29:wang"], (await team.ListManagersAsync(CancellationToken.None)).Select(m => m.Id));
            Assert.Equal(["29:wang"], await FindAsync(Contoso, " WANG.FANG@contoso.COM "));
            Assert.Equal(["29:wang"], await FindAsync(Contoso, "WangF@Contoso.onmicrosoft.com"));
            Assert.Equal(["29:twin"], await FindAsync(Fabrikam, "wang.fang@contoso.com"));
            Assert.Equal(["29:pct"], await FindAsync(Contoso, "100%@contoso.com"));
            foreach (var partial in new[] { "王芳", "王", "w", "wang", "wang.fang", "contoso.com", "%", "_", "%@contoso.com", "29:wang", "aad-wang", " " })
            {
                Assert.Empty(await FindAsync(Contoso, partial));
            }

            Assert.Empty(await FindAsync("tenant-other", "wang.fang@contoso.com"));
            // An administrator's file names people in any tenant, by exact address or exact name.
            Assert.Equal(["29:twin", "29:wang"], (await team.FindExactAsync("王芳", 10, CancellationToken.None)).Select(u => u.Id).Order(StringComparer.Ordinal));
            Assert.Empty(await team.FindExactAsync("王", 10, CancellationToken.None));
        });
    }

    [Fact]
    public async Task TeamStore_DirectoryDue_NeverCheckedFirstThenTheOldestAndOnlyUsersWithAnEntraId()
    {
        var now = new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
        await using var host = new ProactiveHost(_root.Path, new FakeTimeProvider(now), new ScriptedConnectorClient());
        await host.MigrateAsync();
        await InScopeAsync(host, async sp =>
        {
            var users = sp.GetRequiredService<IUserStore>();
            await users.UpsertAsync(new UserProfile("29:fresh") { AadObjectId = "aad-fresh", DirectoryCheckedAt = now.AddHours(-1) }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:stale") { AadObjectId = "aad-stale", DirectoryCheckedAt = now.AddDays(-2) }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:new") { AadObjectId = "aad-new" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:no-aad"), CancellationToken.None);
        });

        await InScopeAsync(host, async sp =>
        {
            var due = await sp.GetRequiredService<ITeamStore>().ListDirectoryDueAsync(now.AddDays(-1), 10, CancellationToken.None);
            Assert.Equal(["29:new", "29:stale"], due.Select(u => u.Id));
            Assert.Equal(now.AddDays(-2), due[1].DirectoryCheckedAt);
        });
    }

    [Fact]
    public async Task NudgeStore_SightingsAndReviews_AddedForgottenAndReplaced()
    {
        await using var host = new ProactiveHost(_root.Path, new FakeTimeProvider(), new ScriptedConnectorClient());
        await host.MigrateAsync();
        var deal = Guid.NewGuid();
        await InScopeAsync(host, async sp =>
        {
            var store = sp.GetRequiredService<INudgeStore>();
            await store.StageGapSightingsAsync([new GapSighting(deal, "no-decider", Today), new GapSighting(deal, "no-coach", Today)], [], CancellationToken.None);
            await store.StageReviewAsync(new DealReview("29:wang", deal) { SnoozedUntil = Today.AddDays(7) }, CancellationToken.None);
        });
        await InScopeAsync(host, async sp =>
        {
            var store = sp.GetRequiredService<INudgeStore>();
            await store.StageGapSightingsAsync([], [new GapSighting(deal, "no-coach", Today)], CancellationToken.None);
            await store.StageReviewAsync(new DealReview("29:wang", deal) { ReviewedAt = new DateTimeOffset(2026, 3, 11, 1, 0, 0, TimeSpan.Zero) }, CancellationToken.None);
        });

        await InScopeAsync(host, async sp =>
        {
            var store = sp.GetRequiredService<INudgeStore>();
            Assert.Equal([new GapSighting(deal, "no-decider", Today)], await store.ListGapSightingsAsync([deal], CancellationToken.None));
            var review = Assert.Single(await store.ListReviewsAsync("29:wang", CancellationToken.None));
            Assert.Null(review.SnoozedUntil);
            Assert.Equal(new DateTimeOffset(2026, 3, 11, 1, 0, 0, TimeSpan.Zero), review.ReviewedAt);
            Assert.Empty(await store.ListReviewsAsync("29:other", CancellationToken.None));
        });
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope and commits what it staged.</summary>
    private static async Task InScopeAsync(ProactiveHost host, Func<IServiceProvider, Task> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
    }
}
