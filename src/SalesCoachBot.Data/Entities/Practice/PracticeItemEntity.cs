using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Data.Entities.Practice;

/// <summary>A learner's FSRS card for one question (key: user, question).</summary>
internal sealed class PracticeItemEntity
{
    public required string UserId { get; set; }

    public required string QuestionId { get; set; }

    public DateTimeOffset Due { get; set; }

    public double Stability { get; set; }

    public double Difficulty { get; set; }

    public FsrsState State { get; set; }

    public int Step { get; set; }

    public int Reps { get; set; }

    public int Lapses { get; set; }

    public int ScheduledDays { get; set; }

    public DateTimeOffset? LastReview { get; set; }
}
