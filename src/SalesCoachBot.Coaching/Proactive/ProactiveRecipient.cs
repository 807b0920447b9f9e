namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Someone a daily job may message, and when: <see cref="SendAt"/> in their <see cref="TimeZone"/>,
/// as <see cref="Users.TurnUserResolver"/> resolved it for them.
/// </summary>
public sealed record ProactiveRecipient(string UserId, TimeZoneInfo TimeZone, TimeOnly SendAt)
{
    /// <summary>Monday to Friday: the days a working-day message goes out.</summary>
    public static readonly IReadOnlySet<DayOfWeek> MondayToFriday = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    };

    /// <summary>The recipient's local days of the week the message goes out on; null for every day, weekends too.</summary>
    public IReadOnlySet<DayOfWeek>? Days { get; init; } = MondayToFriday;
}
