using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Practice;

/// <summary>The item report over answers logged in a real SQLite file through the practice store.</summary>
public sealed class ItemReportTests : IDisposable
{
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task RenderAsync_StoredAnswers_PrintsEachSectionAndTheItemsShareRightAndDiscrimination()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var chain = Bank.BySection(MethodologySection.DecisionChain);
        var (q0, q1, q2) = (chain[0].Id, chain[1].Id, chain[2].Id);

        // Six learners, strongest first: right on q0 — the item under study — are the four who do
        // better on the other two; the two weakest miss everything. A second answer (after seeing the
        // explanation) and an answer to a question no longer in the bank must not count.
        string[] learners = ["29:l1", "29:l2", "29:l3", "29:l4", "29:l5", "29:l6"];
        bool[][] right =
        [
            [true, true, true, true, false, false],
            [true, true, true, false, false, false],
            [true, true, false, true, false, false],
        ];
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IPracticeStore>();
            var card = new FsrsScheduler(FsrsParameters.Default).Review(FsrsCard.New(Now), FsrsRating.Good, Now);
            string[] items = [q0, q1, q2];
            for (var item = 0; item < items.Length; item++)
            {
                for (var learner = 0; learner < learners.Length; learner++)
                {
                    var correct = right[item][learner];
                    await store.AddReviewAsync(
                        new PracticeReview(Guid.NewGuid(), learners[learner], items[item], correct, correct ? FsrsRating.Good : FsrsRating.Again, true, Now.AddMinutes(item), card),
                        CancellationToken.None);
                }
            }

            await store.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:l6", q0, true, FsrsRating.Good, false, Now.AddDays(1), card), CancellationToken.None);
            await store.AddReviewAsync(new PracticeReview(Guid.NewGuid(), "29:l6", "gone-001", true, FsrsRating.Good, true, Now, card), CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await using var read = bot.Services.CreateAsyncScope();
        var report = await new ItemReport(Bank, read.ServiceProvider.GetRequiredService<IPracticeStore>()).RenderAsync(CancellationToken.None);

        var lines = report.Split('\n', StringSplitOptions.TrimEntries);
        foreach (var section in Enum.GetValues<MethodologySection>())
        {
            Assert.Single(lines, l => l.StartsWith($"§{(int)section} {section}: {Bank.BySection(section).Count} item(s), difficulty 1/2/3 = ", StringComparison.Ordinal));
        }

        Assert.Contains($"{Bank.All.Count} items, 6 learner(s), 18 first answer(s) of 20 answer(s)", lines);
        Assert.Equal([q0, Kind(chain[0]), chain[0].Difficulty.ToString(System.Globalization.CultureInfo.InvariantCulture), "6", "67%", "+1.00"], Cells(lines, q0));
        Assert.Equal([q1, Kind(chain[1]), chain[1].Difficulty.ToString(System.Globalization.CultureInfo.InvariantCulture), "6", "50%", "+1.00"], Cells(lines, q1));
        // Never answered: n 0, right and disc blank.
        Assert.Equal([chain[3].Id, Kind(chain[3]), chain[3].Difficulty.ToString(System.Globalization.CultureInfo.InvariantCulture), "0"], Cells(lines, chain[3].Id));
        Assert.DoesNotContain(lines, l => l.Contains("gone-001", StringComparison.Ordinal));
    }

    private static string[] Cells(string[] lines, string id) =>
        lines.Single(l => l.StartsWith(id + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Kind(Question question) => question.Kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multiple",
        _ => "scenario",
    };
}
