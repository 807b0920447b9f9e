namespace SalesCoachBot.Coaching.Practice;

internal static class PracticeReminderDefaults
{
    /// <summary>Offered when the learner has not chosen a time: before the working day fills up.</summary>
    public static TimeOnly SendAt { get; } = new(9, 0);
}
