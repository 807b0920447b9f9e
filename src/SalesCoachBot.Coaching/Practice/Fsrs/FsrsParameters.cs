using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Coaching.Practice.Fsrs;

/// <summary>
/// The scheduler's settings. The defaults are FSRS-6's published defaults as shipped by ts-fsrs 5.x
/// (open-spaced-repetition): 21 weights w0–w20, desired retention 0.9, learning steps 1 min and
/// 10 min, relearning step 10 min, a maximum interval of 100 years. Same-day (short-term) reviews are
/// modelled with w17–w19, as ts-fsrs does by default.
/// </summary>
public sealed record FsrsParameters
{
    public static readonly IReadOnlyList<double> DefaultWeights =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    public static FsrsParameters Default { get; } = new();

    /// <summary>w0–w20.</summary>
    public IReadOnlyList<double> Weights { get; init; } = DefaultWeights;

    /// <summary>The recall probability at which an item is due again.</summary>
    [Range(0.7, 0.99)]
    public double DesiredRetention { get; init; } = 0.9;

    [Range(1, 36500)]
    public int MaximumIntervalDays { get; init; } = 36500;

    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];
}
