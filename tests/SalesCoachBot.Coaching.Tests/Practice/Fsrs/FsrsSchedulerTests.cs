using System.Diagnostics;
using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Coaching.Tests.Practice.Fsrs;

/// <summary>
/// The scheduler against the reference implementation, ts-fsrs (open-spaced-repetition's
/// TypeScript FSRS-6, version pinned in scripts/fsrs-oracle/package.json), with fuzz off and
/// short-term memory on: stability and difficulty to 1e-4, state, due time and interval days exact.
/// </summary>
public sealed class FsrsSchedulerTests
{
    public static TheoryData<string> HistoryNames() => [.. FsrsReference.Committed.Histories.Select(h => h.Name)];

    [Theory]
    [MemberData(nameof(HistoryNames))]
    public void Review_CommittedReferenceHistory_MatchesTsFsrs(string name)
    {
        // Reference values: tests/…/Practice/Fixtures/fsrs-reference.json, printed by
        // scripts/fsrs-oracle/generate.mjs from scripts/fsrs-oracle/histories.json.
        var history = FsrsReference.Committed.Histories.Single(h => h.Name == name);

        Assert.Empty(FsrsReference.Differences(history));
    }

    [Fact]
    public void Committed_Reference_ComesFromTsFsrsWithFsrs6()
    {
        Assert.Equal("scripts/fsrs-oracle/generate.mjs", FsrsReference.Committed.Generator);
        Assert.Contains("FSRS-6", FsrsReference.Committed.Reference, StringComparison.Ordinal);
        Assert.True(FsrsReference.Committed.Histories.Sum(h => h.Reviews.Count) >= 50);
    }

    [Fact]
    public async Task Review_LiveTsFsrsOutput_MatchesEveryHistory()
    {
        // Runs ts-fsrs itself (node + scripts/fsrs-oracle, installed by `npm ci` in scripts/test.sh),
        // so the committed fixture cannot drift from what the reference really computes.
        var oracle = Path.Combine(RepositoryRoot(), "scripts", "fsrs-oracle");
        Assert.True(Directory.Exists(Path.Combine(oracle, "node_modules", "ts-fsrs")),
            $"ts-fsrs is not installed: run `npm ci --prefix {oracle}` (scripts/test.sh does).");
        var start = new ProcessStartInfo("node", ["generate.mjs", "histories.json"])
        {
            WorkingDirectory = oracle,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, await errors);

        var live = FsrsReference.Parse(await output);

        Assert.Equal(FsrsReference.Committed.Histories.Select(h => h.Name), live.Histories.Select(h => h.Name));
        Assert.Empty(live.Histories.SelectMany(FsrsReference.Differences));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(8.2956)]
    [InlineData(250.0)]
    public void Retrievability_AfterStabilityDays_IsNinetyPercent(double stability) =>
        Assert.Equal(0.9, new FsrsScheduler(FsrsParameters.Default).Retrievability(stability, stability), 6);

    [Fact]
    public void Retrievability_LongerAgo_IsLower()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default);

        Assert.True(scheduler.Retrievability(30, 10) < scheduler.Retrievability(10, 10));
        Assert.Equal(1.0, scheduler.Retrievability(0, 10), 8);
    }

    [Fact]
    public void IntervalDays_BeyondMaximum_IsCappedAtTheMaximum()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { MaximumIntervalDays = 30 });

        Assert.Equal(30, scheduler.IntervalDays(500));
        Assert.Equal(1, scheduler.IntervalDays(0.2));
    }

    [Fact]
    public void Review_BeforeTheLastReview_IsRejected()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default);
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var card = scheduler.Review(FsrsCard.New(now), FsrsRating.Easy, now);

        Assert.Throws<ArgumentException>(() => scheduler.Review(card, FsrsRating.Good, now.AddDays(-2)));
    }

    [Fact]
    public void Constructor_TwentyWeights_IsRejectedAsNotFsrs6() =>
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(FsrsParameters.Default with { Weights = [.. FsrsParameters.DefaultWeights.Take(20)] }));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesCoachBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SalesCoachBot.sln not found above the test output folder.");
    }
}
