using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Practice;

public sealed class EfPracticeStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task SaveItemAndAddReview_Committed_ReadBackFromTheSqliteFileInANewScope()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var scheduler = new FsrsScheduler(FsrsParameters.Default);
        var first = scheduler.Review(FsrsCard.New(Now), FsrsRating.Good, Now);
        var reviewId = Guid.NewGuid();
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IPracticeStore>();
            await store.SaveItemAsync("29:hire", new PracticeItem("dc-001", first), CancellationToken.None);
            await store.AddReviewAsync(new PracticeReview(reviewId, "29:hire", "dc-001", true, FsrsRating.Good, true, Now, first), CancellationToken.None);

            // Staged, not committed yet: the turn still sees its own writes.
            Assert.Equal("dc-001", Assert.Single(await store.ListItemsAsync("29:hire", CancellationToken.None)).QuestionId);
            Assert.Single(await store.ListActivityAsync("29:hire", CancellationToken.None));
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        var easier = scheduler.Review(FsrsCard.New(Now), FsrsRating.Easy, Now);
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IPracticeStore>();
            await store.SaveItemAsync("29:hire", new PracticeItem("dc-001", easier), CancellationToken.None);
            Assert.True(await store.ChangeRatingAsync(reviewId, FsrsRating.Easy, easier, CancellationToken.None));
            Assert.False(await store.ChangeRatingAsync(Guid.NewGuid(), FsrsRating.Easy, easier, CancellationToken.None));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        await using var read = bot.Services.CreateAsyncScope();
        var reader = read.ServiceProvider.GetRequiredService<IPracticeStore>();
        var item = Assert.Single(await reader.ListItemsAsync("29:hire", CancellationToken.None));
        Assert.Equal(easier, item.Card);
        Assert.Equal(FsrsState.Review, item.Card.State);
        Assert.Equal(new PracticeActivity(Now, true) { QuestionId = "dc-001", Correct = true }, Assert.Single(await reader.ListActivityAsync("29:hire", CancellationToken.None)));
        Assert.Empty(await reader.ListItemsAsync("29:other", CancellationToken.None));
    }

    [Fact]
    public async Task SaveItemAsync_UncommittedScope_LeavesNothingBehind()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IPracticeStore>();
            await store.SaveItemAsync("29:hire", new PracticeItem("dc-002", FsrsCard.New(Now)), CancellationToken.None);
        }

        await using var read = bot.Services.CreateAsyncScope();
        Assert.Empty(await read.ServiceProvider.GetRequiredService<IPracticeStore>().ListItemsAsync("29:hire", CancellationToken.None));
    }

    [Fact]
    public async Task ListAnswersAsync_SeveralLearners_EveryCommittedAnswerOldestFirst()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var card = new FsrsScheduler(FsrsParameters.Default).Review(FsrsCard.New(Now), FsrsRating.Good, Now);
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IPracticeStore>();
            await store.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:b", "dc-002", false, FsrsRating.Again, true, Now.AddHours(2), card), CancellationToken.None);
            await store.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:a", "dc-001", true, FsrsRating.Good, true, Now, card), CancellationToken.None);
            await store.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:a", "dc-001", true, FsrsRating.Good, false, Now.AddDays(1), card), CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await using (var uncommitted = bot.Services.CreateAsyncScope())
        {
            await uncommitted.ServiceProvider.GetRequiredService<IPracticeStore>()
                .AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:c", "dc-003", true, FsrsRating.Good, true, Now, card), CancellationToken.None);
        }

        await using var read = bot.Services.CreateAsyncScope();
        var answers = await read.ServiceProvider.GetRequiredService<IPracticeStore>().ListAnswersAsync(CancellationToken.None);

        Assert.Equal(
        [
            new PracticeAnswer("29:a", "dc-001", true, true, Now),
            new PracticeAnswer("29:b", "dc-002", false, true, Now.AddHours(2)),
            new PracticeAnswer("29:a", "dc-001", true, false, Now.AddDays(1)),
        ], answers);
    }
}
