using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Data.Entities.Practice;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfPracticeStore(SalesCoachDbContext db) : IPracticeStore
{
    public async Task<IReadOnlyList<PracticeItem>> ListItemsAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);

        // A tracking query returns the turn's modified rows as modified; rows added this turn are
        // not in the database yet, so they come from the change tracker.
        var stored = await db.PracticeItems.Where(i => i.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var added = db.ChangeTracker.Entries<PracticeItemEntity>()
            .Where(e => e.State == EntityState.Added && e.Entity.UserId == userId)
            .Select(e => e.Entity);
        return [.. stored.Union(added).Select(ToItem)];
    }

    public async Task SaveItemAsync(string userId, PracticeItem item, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(item);
        var entity = await db.PracticeItems.FindAsync([userId, item.QuestionId], cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            entity = new PracticeItemEntity { UserId = userId, QuestionId = item.QuestionId };
            db.PracticeItems.Add(entity);
        }

        var card = item.Card;
        entity.Due = card.Due;
        entity.Stability = card.Stability;
        entity.Difficulty = card.Difficulty;
        entity.State = card.State;
        entity.Step = card.Step;
        entity.Reps = card.Reps;
        entity.Lapses = card.Lapses;
        entity.ScheduledDays = card.ScheduledDays;
        entity.LastReview = card.LastReview;
    }

    public Task AddReviewAsync(PracticeReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var entity = new PracticeReviewEntity
        {
            Id = review.Id,
            UserId = review.UserId,
            QuestionId = review.QuestionId,
            Correct = review.Correct,
            WasNew = review.WasNew,
            ReviewedAt = review.ReviewedAt,
        };
        SetOutcome(entity, review.Rating, review.After);
        db.PracticeReviews.Add(entity);
        return Task.CompletedTask;
    }

    public async Task<bool> ChangeRatingAsync(Guid reviewId, FsrsRating rating, FsrsCard after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        var entity = await db.PracticeReviews.FindAsync([reviewId], cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return false;
        }

        SetOutcome(entity, rating, after);
        return true;
    }

    public async Task<IReadOnlyList<PracticeActivity>> ListActivityAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);

        var stored = new List<PracticeActivity>();
        await foreach (var activity in db.PracticeActivityOf(userId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(activity);
        }

        var added = db.ChangeTracker.Entries<PracticeReviewEntity>()
            .Where(e => e.State == EntityState.Added && e.Entity.UserId == userId)
            .Select(e => new PracticeActivity(e.Entity.ReviewedAt, e.Entity.WasNew) { QuestionId = e.Entity.QuestionId, Correct = e.Entity.Correct });
        return [.. stored, .. added];
    }

    public async Task<IReadOnlyList<PracticeAnswer>> ListAnswersAsync(CancellationToken cancellationToken)
    {
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        var answers = await db.PracticeReviews.AsNoTracking()
            .Select(r => new PracticeAnswer(r.UserId, r.QuestionId, r.Correct, r.WasNew, r.ReviewedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. answers.OrderBy(a => a.ReviewedAt).ThenBy(a => a.UserId, StringComparer.Ordinal)];
    }

    public async Task<PracticeReminder?> FindReminderAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var entity = await db.PracticeReminders.FindAsync([userId], cancellationToken).ConfigureAwait(false);
        return entity is null ? null : new PracticeReminder(entity.UserId, entity.Enabled, entity.SendAt);
    }

    public async Task SaveReminderAsync(PracticeReminder reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var entity = await db.PracticeReminders.FindAsync([reminder.UserId], cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            entity = new PracticeReminderEntity { UserId = reminder.UserId };
            db.PracticeReminders.Add(entity);
        }

        entity.Enabled = reminder.Enabled;
        entity.SendAt = reminder.SendAt;
    }

    public async Task<IReadOnlyList<PracticeReminder>> ListEnabledRemindersAsync(CancellationToken cancellationToken)
    {
        var reminders = await db.PracticeReminders.AsNoTracking()
            .Where(r => r.Enabled)
            .OrderBy(r => r.UserId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. reminders.Select(r => new PracticeReminder(r.UserId, r.Enabled, r.SendAt))];
    }

    private static void SetOutcome(PracticeReviewEntity entity, FsrsRating rating, FsrsCard after)
    {
        entity.Rating = rating;
        entity.StabilityAfter = after.Stability;
        entity.DifficultyAfter = after.Difficulty;
        entity.StateAfter = after.State;
        entity.DueAfter = after.Due;
    }

    private static PracticeItem ToItem(PracticeItemEntity e) => new(
        e.QuestionId,
        new FsrsCard(e.Due, e.Stability, e.Difficulty, e.State, e.Step, e.Reps, e.Lapses, e.ScheduledDays, e.LastReview));
}
