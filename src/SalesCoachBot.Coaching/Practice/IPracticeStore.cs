using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// Each learner's practice memory (one FSRS card per question) and the log of their answers.
/// Writes are staged in the turn's scope and committed by the turn's unit of work; reads see the
/// turn's own staged writes.
/// </summary>
public interface IPracticeStore
{
    /// <summary>Every question the user has answered at least once, with its card.</summary>
    Task<IReadOnlyList<PracticeItem>> ListItemsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the user's card for the question (staged).</summary>
    Task SaveItemAsync(string userId, PracticeItem item, CancellationToken cancellationToken);

    /// <summary>Logs an answer (staged).</summary>
    Task AddReviewAsync(PracticeReview review, CancellationToken cancellationToken);

    /// <summary>Changes a logged answer's rating after the learner said it was hard or easy (staged); false when there is no such answer.</summary>
    Task<bool> ChangeRatingAsync(Guid reviewId, FsrsRating rating, FsrsCard after, CancellationToken cancellationToken);

    /// <summary>When the user answered, which question and whether it was right: every answer.</summary>
    Task<IReadOnlyList<PracticeActivity>> ListActivityAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Every logged answer of every learner (committed ones), oldest first: the item report's data.</summary>
    Task<IReadOnlyList<PracticeAnswer>> ListAnswersAsync(CancellationToken cancellationToken);

    /// <summary>The user's reminder setting, or null when they never set one.</summary>
    Task<PracticeReminder?> FindReminderAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the user's reminder setting (staged).</summary>
    Task SaveReminderAsync(PracticeReminder reminder, CancellationToken cancellationToken);

    /// <summary>Every reminder that is switched on.</summary>
    Task<IReadOnlyList<PracticeReminder>> ListEnabledRemindersAsync(CancellationToken cancellationToken);
}
