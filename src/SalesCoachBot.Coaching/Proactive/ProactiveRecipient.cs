namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Someone a daily job may message, and when: <see cref="SendAt"/> in their <see cref="TimeZone"/>,
/// as <see cref="Users.TurnUserResolver"/> resolved it for them.
/// </summary>
public sealed record ProactiveRecipient(string UserId, TimeZoneInfo TimeZone, TimeOnly SendAt)
{
    /// <summary>False for messages that go out every day, weekends too.</summary>
    public bool WorkingDaysOnly { get; init; } = true;
}
