namespace SalesCoachBot.Coaching.Practice.Fsrs;

/// <summary>
/// FSRS-6 (open-spaced-repetition), scheduled the way ts-fsrs 5.x schedules with short-term
/// memory enabled and fuzz disabled — the reference the oracle tests compare against:
/// <list type="bullet">
/// <item>forgetting curve R(t, S) = (1 + F·t/S)^D with D = −w20 and F = 0.9^(1/D) − 1;</item>
/// <item>interval I = S/F · (r^(1/D) − 1) for the desired retention r, rounded, at least 1 day,
/// at most the maximum interval;</item>
/// <item>new item: S0 = w[G−1], D0 = w4 − e^(w5·(G−1)) + 1;</item>
/// <item>difficulty: linear damping of −w6·(G−3), then mean reversion towards D0(Easy) with weight
/// w7, clamped to 1–10;</item>
/// <item>recall, lapse and same-day (w17–w19) stability formulas of FSRS-6.</item>
/// </list>
/// Pure: the review time is passed in, nothing reads the clock. Intermediate values are rounded to
/// 8 decimals where ts-fsrs rounds them, so both agree to the last printed digit.
/// </summary>
public sealed class FsrsScheduler
{
    private const double MinStability = 0.001;
    private const double MaxStability = 36500;
    private const double MinutesPerDay = 1440;

    private readonly FsrsParameters _parameters;
    private readonly double[] _w;
    private readonly double _decay;
    private readonly double _factor;
    private readonly double _intervalModifier;

    public FsrsScheduler(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Weights.Count != 21 || parameters.Weights.Any(w => !double.IsFinite(w)))
        {
            throw new ArgumentException("FSRS-6 needs 21 finite weights (w0–w20).", nameof(parameters));
        }

        if (parameters.DesiredRetention is <= 0 or >= 1)
        {
            throw new ArgumentException("The desired retention must lie strictly between 0 and 1.", nameof(parameters));
        }

        if (parameters.MaximumIntervalDays < 1)
        {
            throw new ArgumentException("The maximum interval must be at least one day.", nameof(parameters));
        }

        if (parameters.LearningSteps.Concat(parameters.RelearningSteps).Any(step => step < TimeSpan.Zero))
        {
            throw new ArgumentException("Learning steps cannot be negative.", nameof(parameters));
        }

        _parameters = parameters;
        _w = [.. parameters.Weights];
        _decay = -_w[20];
        _factor = Round8(Math.Exp(Math.Log(0.9) / _decay) - 1);
        _intervalModifier = Round8((Math.Pow(parameters.DesiredRetention, 1 / _decay) - 1) / _factor);
    }

    /// <summary>The probability of recall <paramref name="elapsedDays"/> after a review that left stability <paramref name="stability"/>.</summary>
    public double Retrievability(double elapsedDays, double stability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stability);
        return Round8(Math.Pow(1 + (_factor * elapsedDays / stability), _decay));
    }

    /// <summary>The whole days until an item of stability <paramref name="stability"/> is due again.</summary>
    public int IntervalDays(double stability) =>
        (int)Math.Min(Math.Max(1, JsRound(stability * _intervalModifier)), _parameters.MaximumIntervalDays);

    /// <summary>The card after the learner rated it <paramref name="rating"/> at <paramref name="now"/>.</summary>
    public FsrsCard Review(FsrsCard card, FsrsRating rating, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Enum.IsDefined(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is Again, Hard, Good or Easy.");
        }

        // Elapsed time counts calendar days (UTC), as ts-fsrs does: a review the next morning is one day later.
        var elapsedDays = card.State != FsrsState.New && card.LastReview is { } last
            ? (now.UtcDateTime.Date - last.UtcDateTime.Date).Days
            : 0;
        if (elapsedDays < 0)
        {
            throw new ArgumentException("A review cannot come before the card's last review.", nameof(now));
        }

        var reviewed = card with { Reps = card.Reps + 1, LastReview = now };
        var grade = (int)rating;
        switch (card.State)
        {
            case FsrsState.New:
                return ApplySteps(card, reviewed with
                {
                    Difficulty = Math.Clamp(InitDifficulty(grade), 1, 10),
                    Stability = InitStability(grade),
                }, rating, FsrsState.Learning, now);

            case FsrsState.Learning:
            case FsrsState.Relearning:
                return ApplySteps(card, reviewed with
                {
                    Difficulty = NextDifficulty(card.Difficulty, grade),
                    Stability = ShortTermStability(card.Stability, grade),
                }, rating, card.State, now);

            default:
                return ReviewState(card, reviewed, rating, elapsedDays, now);
        }
    }

    private FsrsCard ReviewState(FsrsCard card, FsrsCard reviewed, FsrsRating rating, int elapsedDays, DateTimeOffset now)
    {
        var (d, s) = (card.Difficulty, card.Stability);
        var r = Retrievability(elapsedDays, s);
        if (rating == FsrsRating.Again)
        {
            // A lapse never leaves the item more stable than a same-day "Again" would (w17, w18).
            var floor = Round8(s / Math.Exp(_w[17] * _w[18]));
            var lapsed = reviewed with
            {
                Difficulty = NextDifficulty(d, (int)FsrsRating.Again),
                Stability = Math.Min(Math.Max(floor, MinStability), ForgetStability(d, s, r)),
                Lapses = card.Lapses + 1,
            };
            return ApplySteps(card, lapsed, rating, FsrsState.Relearning, now);
        }

        var hardS = RecallStability(d, s, r, (int)FsrsRating.Hard);
        var goodS = RecallStability(d, s, r, (int)FsrsRating.Good);
        var easyS = RecallStability(d, s, r, (int)FsrsRating.Easy);

        // The three answers keep their order: Hard ≤ Good < Easy, whatever the rounding.
        var hardI = IntervalDays(hardS);
        var goodI = IntervalDays(goodS);
        hardI = Math.Min(hardI, goodI);
        goodI = Math.Max(goodI, hardI + 1);
        var easyI = Math.Max(IntervalDays(easyS), goodI + 1);
        var (stability, interval) = rating switch
        {
            FsrsRating.Hard => (hardS, hardI),
            FsrsRating.Good => (goodS, goodI),
            _ => (easyS, easyI),
        };
        return reviewed with
        {
            Difficulty = NextDifficulty(d, (int)rating),
            Stability = stability,
            State = FsrsState.Review,
            Step = 0,
            ScheduledDays = interval,
            Due = now.AddDays(interval),
        };
    }

    /// <summary>Puts the card on its next (re)learning step, or graduates it to review with an interval from its stability.</summary>
    private FsrsCard ApplySteps(FsrsCard before, FsrsCard next, FsrsRating rating, FsrsState stepState, DateTimeOffset now)
    {
        // ts-fsrs looks one step further for a Good/Easy in Learning (not in Relearning); kept so both agree.
        var currentStep = before.State == FsrsState.Learning && rating is not (FsrsRating.Again or FsrsRating.Hard)
            ? before.Step + 1
            : before.Step;
        var (minutes, nextStep) = StepFor(before.State, currentStep, rating);
        if (minutes is > 0 and < MinutesPerDay)
        {
            return next with { State = stepState, Step = nextStep, ScheduledDays = 0, Due = now.AddMinutes(JsRound(minutes)) };
        }

        if (minutes >= MinutesPerDay)
        {
            return next with
            {
                State = FsrsState.Review,
                Step = nextStep,
                ScheduledDays = (int)Math.Floor(minutes / MinutesPerDay),
                Due = now.AddMinutes(JsRound(minutes)),
            };
        }

        var interval = IntervalDays(next.Stability);
        return next with { State = FsrsState.Review, Step = 0, ScheduledDays = interval, Due = now.AddDays(interval) };
    }

    private (double Minutes, int NextStep) StepFor(FsrsState state, int currentStep, FsrsRating rating)
    {
        var steps = state is FsrsState.Relearning or FsrsState.Review ? _parameters.RelearningSteps : _parameters.LearningSteps;
        if (steps.Count == 0 || currentStep >= steps.Count)
        {
            return (0, 0);
        }

        if (state == FsrsState.Review)
        {
            return rating == FsrsRating.Again ? (steps[Math.Max(0, currentStep)].TotalMinutes, 0) : (0, 0);
        }

        var first = steps[0].TotalMinutes;
        switch (rating)
        {
            case FsrsRating.Again:
                return (first, 0);
            case FsrsRating.Hard:
                return (steps.Count == 1 ? JsRound(first * 1.5) : JsRound((first + steps[1].TotalMinutes) / 2), currentStep);
            case FsrsRating.Good when currentStep + 1 < steps.Count && steps[currentStep + 1].TotalMinutes > 0:
                return (JsRound(steps[currentStep + 1].TotalMinutes), currentStep + 1);
            default:
                return (0, 0);
        }
    }

    private double InitStability(int grade) => Math.Max(_w[grade - 1], 0.1);

    private double InitDifficulty(int grade) => Round8(_w[4] - Math.Exp((grade - 1) * _w[5]) + 1);

    private double NextDifficulty(double d, int grade)
    {
        var delta = -_w[6] * (grade - 3);
        var damped = d + Round8(delta * (10 - d) / 9);
        var reverted = Round8((_w[7] * InitDifficulty((int)FsrsRating.Easy)) + ((1 - _w[7]) * damped));
        return Math.Clamp(reverted, 1, 10);
    }

    private double RecallStability(double d, double s, double r, int grade)
    {
        var hardPenalty = grade == (int)FsrsRating.Hard ? _w[15] : 1;
        var easyBonus = grade == (int)FsrsRating.Easy ? _w[16] : 1;
        var next = s * (1 + (Math.Exp(_w[8]) * (11 - d) * Math.Pow(s, -_w[9]) * (Math.Exp((1 - r) * _w[10]) - 1) * hardPenalty * easyBonus));
        return Round8(Math.Clamp(next, MinStability, MaxStability));
    }

    private double ForgetStability(double d, double s, double r)
    {
        var next = _w[11] * Math.Pow(d, -_w[12]) * (Math.Pow(s + 1, _w[13]) - 1) * Math.Exp((1 - r) * _w[14]);
        return Round8(Math.Clamp(next, MinStability, MaxStability));
    }

    /// <summary>FSRS-6's same-day review: S·S^(−w19)·e^(w17·(G−3+w18)), never shrinking on Good or Easy.</summary>
    private double ShortTermStability(double s, int grade)
    {
        var increase = Math.Pow(s, -_w[19]) * Math.Exp(_w[17] * (grade - 3 + _w[18]));
        var masked = grade >= (int)FsrsRating.Good ? Math.Max(increase, 1) : increase;
        return Round8(Math.Clamp(s * masked, MinStability, MaxStability));
    }

    private static double Round8(double value) => Math.Round(value, 8, MidpointRounding.AwayFromZero);

    // JavaScript's Math.round, which ts-fsrs uses: halves go up.
    private static double JsRound(double value) => Math.Floor(value + 0.5);
}
