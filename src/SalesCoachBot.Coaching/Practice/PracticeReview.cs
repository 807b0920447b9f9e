using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// One answer, logged: what was asked, whether it was right, the rating FSRS got (Again for a wrong
/// answer; Good, or Hard / Easy when the learner said so) and whether the question was new then.
/// </summary>
public sealed record PracticeReview(
    Guid Id,
    string UserId,
    string QuestionId,
    bool Correct,
    FsrsRating Rating,
    bool WasNew,
    DateTimeOffset ReviewedAt,
    FsrsCard After);
