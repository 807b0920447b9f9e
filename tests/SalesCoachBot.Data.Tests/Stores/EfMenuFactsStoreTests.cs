using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Stores;

public sealed class EfMenuFactsStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task ReadAsync_CommittedAndStaged_LatestAnswerAndCurrentDealOfThatUserOnly()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var card = FsrsCard.New(Now);
        var deal = new Deal { Id = Guid.NewGuid(), Customer = "华为", Name = "数据中心" };
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var practice = scope.ServiceProvider.GetRequiredService<IPracticeStore>();
            await practice.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:hire", "dc-001", true, FsrsRating.Good, true, Now.AddDays(-9), card), CancellationToken.None);
            await practice.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:hire", "dc-002", false, FsrsRating.Again, true, Now.AddDays(-2), card), CancellationToken.None);
            await practice.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:other", "dc-001", true, FsrsRating.Good, true, Now, card), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IDealStore>().SaveAsync("29:rep", deal, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ICurrentDealStore>().SetAsync("29:rep", deal.Id, CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var facts = scope.ServiceProvider.GetRequiredService<IMenuFactsStore>();
            Assert.Equal(new MenuFacts(Now.AddDays(-2), false), await facts.ReadAsync("29:hire", CancellationToken.None));
            Assert.Equal(new MenuFacts(null, true), await facts.ReadAsync("29:rep", CancellationToken.None));
            Assert.Equal(new MenuFacts(null, false), await facts.ReadAsync("29:nobody", CancellationToken.None));
        }

        // What a turn staged counts before it commits: a newer answer, a deal made current.
        await using var staging = bot.Services.CreateAsyncScope();
        await staging.ServiceProvider.GetRequiredService<IPracticeStore>().AddReviewAsync(
            new PracticeReview(Guid.NewGuid(), "29:hire", "dc-003", true, FsrsRating.Good, true, Now.AddHours(-1), card), CancellationToken.None);
        var other = new Deal { Id = Guid.NewGuid(), Customer = "腾讯", Name = "云" };
        await staging.ServiceProvider.GetRequiredService<IDealStore>().SaveAsync("29:hire", other, CancellationToken.None);
        await staging.ServiceProvider.GetRequiredService<ICurrentDealStore>().SetAsync("29:hire", other.Id, CancellationToken.None);
        Assert.Equal(new MenuFacts(Now.AddHours(-1), true), await staging.ServiceProvider.GetRequiredService<IMenuFactsStore>().ReadAsync("29:hire", CancellationToken.None));
    }
}
