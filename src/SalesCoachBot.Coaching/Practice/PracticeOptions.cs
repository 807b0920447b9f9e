using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>The <c>Practice</c> settings.</summary>
public sealed class PracticeOptions
{
    public const string SectionName = "Practice";

    /// <summary>New questions a learner gets per local day, after the due ones.</summary>
    [Range(0, 1000)]
    public int DailyNewQuestions { get; set; } = 10;

    /// <summary>The most questions in one session, so a long backlog comes in bites.</summary>
    [Range(1, 100)]
    public int MaxQuestionsPerSession { get; set; } = 15;

    /// <summary>
    /// A question counts as mastered when its stability reaches this many days and it is recalled
    /// today with at least <see cref="DesiredRetention"/>.
    /// </summary>
    [Range(1, 3650)]
    public double MasteryStabilityDays { get; set; } = 21;

    /// <summary>A section is below mastery while the learner's mean recall today over its questions is under this.</summary>
    [Range(0.1, 1)]
    public double SectionMasteryTarget { get; set; } = 0.8;

    /// <summary>FSRS desired retention.</summary>
    [Range(0.7, 0.99)]
    public double DesiredRetention { get; set; } = 0.9;

    /// <summary>The longest interval FSRS may schedule.</summary>
    [Range(1, 36500)]
    public int MaximumIntervalDays { get; set; } = 36500;
}
