using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// The daily practice reminder, for learners who switched it on, at their chosen local time every
/// day (spaced repetition does not keep office hours). The proactive scheduler's ledger makes it
/// once a day; a day with nothing due and no new question left sends nothing.
/// </summary>
internal sealed class PracticeReminderJob(
    IPracticeStore store,
    IUserStore users,
    QuestionBank bank,
    CoachCommandRecognizer commands,
    TurnUserResolver resolver,
    IOptions<PracticeOptions> options,
    TimeProvider timeProvider) : IProactiveJob
{
    public const string JobKind = "practice-reminder";

    public string Kind => JobKind;

    public async Task<IReadOnlyList<ProactiveRecipient>> ListRecipientsAsync(CancellationToken cancellationToken)
    {
        var reminders = await store.ListEnabledRemindersAsync(cancellationToken).ConfigureAwait(false);
        var recipients = new List<ProactiveRecipient>(reminders.Count);
        foreach (var reminder in reminders)
        {
            var user = await UserAsync(reminder.UserId, cancellationToken).ConfigureAwait(false);
            recipients.Add(new ProactiveRecipient(reminder.UserId, user.TimeZone, reminder.SendAt) { Days = null });
        }

        return recipients;
    }

    public async Task<Activity?> BuildAsync(string recipientUserId, DateOnly localDate, CancellationToken cancellationToken)
    {
        // The same resolution the scheduler judged the send time in.
        var user = await UserAsync(recipientUserId, cancellationToken).ConfigureAwait(false);
        var culture = user.Culture;
        var zone = user.TimeZone;
        var items = await store.ListItemsAsync(recipientUserId, cancellationToken).ConfigureAwait(false);
        var activity = await store.ListActivityAsync(recipientUserId, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var newToday = activity.Count(a => a.WasNew && PracticeProgressCalculator.LocalDate(a.ReviewedAt, zone) == localDate);
        var plan = PracticePlanner.Plan(bank, items, newToday, now, options.Value);
        if (plan.All.Count == 0)
        {
            return null;
        }

        var practice = commands.Commands.Single(c => c.Name == PracticeServiceCollectionExtensions.PracticeCommand);
        var button = MenuCard.CommandButton(practice, PracticeText.Get("Progress.Practice", culture));
        var card = PracticeReminderCard.Daily(plan.Due.Count, plan.New.Count, button, culture);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Locale = culture.Name,
            Summary = PracticeText.Get("Reminder.DailyTitle", culture),
            Attachments = [CardSerializer.ToAttachment(card)],
        };
    }

    private async Task<TurnUser> UserAsync(string userId, CancellationToken cancellationToken) =>
        resolver.ForProfile(await users.FindAsync(userId, cancellationToken).ConfigureAwait(false) ?? new UserProfile(userId));
}
