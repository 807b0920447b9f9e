using System.Text.Json;
using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Coaching.Tests.Practice.Fsrs;

/// <summary>
/// Review histories with the values ts-fsrs computes for them, as printed by
/// <c>scripts/fsrs-oracle/generate.mjs</c> (ts-fsrs pinned in scripts/fsrs-oracle/package.json).
/// </summary>
internal sealed record FsrsReference(string Generator, string Reference, IReadOnlyList<FsrsReferenceHistory> Histories)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static FsrsReference Parse(string json) =>
        JsonSerializer.Deserialize<FsrsReference>(json, Options) ?? throw new InvalidOperationException("Empty FSRS reference.");

    /// <summary>The committed output for scripts/fsrs-oracle/histories.json.</summary>
    public static FsrsReference Committed { get; } =
        Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Practice", "Fixtures", "fsrs-reference.json")));

    /// <summary>Replays a history through the C# scheduler and lists every difference from the reference.</summary>
    public static IReadOnlyList<string> Differences(FsrsReferenceHistory history)
    {
        var parameters = history.MaximumInterval is { } maximum
            ? FsrsParameters.Default with { MaximumIntervalDays = maximum }
            : FsrsParameters.Default;
        var scheduler = new FsrsScheduler(parameters);
        var card = FsrsCard.New(history.Start);
        var problems = new List<string>();
        foreach (var (expected, index) in history.Reviews.Select((review, index) => (review, index)))
        {
            card = scheduler.Review(card, Enum.Parse<FsrsRating>(expected.Rating), expected.At);
            void Check(bool same, string what, object actual, object wanted)
            {
                if (!same)
                {
                    problems.Add($"{history.Name} review {index + 1} ({expected.Rating} at {expected.At:O}): {what} {actual}, ts-fsrs {wanted}");
                }
            }

            Check(Math.Abs(card.Stability - expected.Stability) <= 1e-4, "stability", card.Stability, expected.Stability);
            Check(Math.Abs(card.Difficulty - expected.Difficulty) <= 1e-4, "difficulty", card.Difficulty, expected.Difficulty);
            Check(card.State.ToString() == expected.State, "state", card.State, expected.State);
            Check(card.Due == expected.Due, "due", card.Due.ToString("O"), expected.Due.ToString("O"));
            Check(card.ScheduledDays == expected.ScheduledDays, "interval days", card.ScheduledDays, expected.ScheduledDays);
            Check(card.Step == expected.Step, "step", card.Step, expected.Step);
            Check(card.Reps == expected.Reps && card.Lapses == expected.Lapses, "reps/lapses", $"{card.Reps}/{card.Lapses}", $"{expected.Reps}/{expected.Lapses}");
        }

        return problems;
    }
}
