using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>The answer just graded, kept until "Next" so a "Hard" / "Easy" can re-rate it from the card it had before.</summary>
internal sealed record PendingAnswer(Guid ReviewId, string QuestionId, bool Correct, FsrsCard Before, DateTimeOffset ReviewedAt);
