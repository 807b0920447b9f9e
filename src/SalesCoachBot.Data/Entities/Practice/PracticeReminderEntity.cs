namespace SalesCoachBot.Data.Entities.Practice;

/// <summary>A learner's daily practice reminder setting (key: user).</summary>
internal sealed class PracticeReminderEntity
{
    public required string UserId { get; set; }

    public bool Enabled { get; set; }

    /// <summary>Local time of day, in the user's time zone.</summary>
    public TimeOnly SendAt { get; set; }
}
