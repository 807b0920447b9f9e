namespace SalesCoachBot.Coaching.Proactive;

/// <summary>Someone a daily job may message, and when: <see cref="SendAt"/> in their <see cref="TimeZone"/> (IANA; the default zone when null or unknown).</summary>
public sealed record ProactiveRecipient(string UserId, string? TimeZone, TimeOnly SendAt)
{
    /// <summary>False for messages that go out every day, weekends too.</summary>
    public bool WorkingDaysOnly { get; init; } = true;
}
