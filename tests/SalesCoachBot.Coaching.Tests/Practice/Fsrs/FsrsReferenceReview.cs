namespace SalesCoachBot.Coaching.Tests.Practice.Fsrs;

internal sealed record FsrsReferenceReview(
    DateTimeOffset At,
    string Rating,
    double Stability,
    double Difficulty,
    string State,
    DateTimeOffset Due,
    int ScheduledDays,
    int Step,
    int Reps,
    int Lapses);
