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
    public async Task TeamStore_ManagersAndSearch_OnlyPeopleWithReportsAndNamesMatchedLiterally()
    {
        await using var host = new ProactiveHost(_root.Path, new FakeTimeProvider(), new ScriptedConnectorClient());
        await host.MigrateAsync();
        await InScopeAsync(host, async sp =>
        {
            var users = sp.GetRequiredService<IUserStore>();
            await users.UpsertAsync(new UserProfile("29:wang") { Name = "王芳", AadObjectId = "aad-wang" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:wang2") { Name = "王芳芳" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:pct") { Name = "100% Sales" }, CancellationToken.None);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:li") { Name = "李明", ManagerId = "29:wang" }, CancellationToken.None);
        });

        await InScopeAsync(host, async sp =>
        {
            var team = sp.GetRequiredService<ITeamStore>();
            Assert.Equal(["29:wang"], (await team.ListManagersAsync(CancellationToken.None)).Select(m => m.Id));
            Assert.Equal(["29:wang", "29:wang2"], (await team.SearchAsync("王芳", 10, CancellationToken.None)).Select(u => u.Id).Order(StringComparer.Ordinal));
            Assert.Equal(["29:wang"], (await team.SearchAsync("aad-wang", 10, CancellationToken.None)).Select(u => u.Id));
            Assert.Equal(["29:pct"], (await team.SearchAsync("0%", 10, CancellationToken.None)).Select(u => u.Id));
            Assert.Empty(await team.SearchAsync("_", 10, CancellationToken.None));
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
