using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Data.Entities.Practice;

/// <summary>One logged answer, with the card it left (so the history can be replayed or audited).</summary>
internal sealed class PracticeReviewEntity
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public required string QuestionId { get; set; }

    public bool Correct { get; set; }

    public FsrsRating Rating { get; set; }

    public bool WasNew { get; set; }

    public DateTimeOffset ReviewedAt { get; set; }

    public double StabilityAfter { get; set; }

    public double DifficultyAfter { get; set; }

    public FsrsState StateAfter { get; set; }

    public DateTimeOffset DueAfter { get; set; }
}
