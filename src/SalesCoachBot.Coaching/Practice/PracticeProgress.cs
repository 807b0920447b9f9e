namespace SalesCoachBot.Coaching.Practice;

/// <summary>A learner's standing: mastery per course section, consecutive practice days, questions due now, the last day they practised.</summary>
public sealed record PracticeProgress(IReadOnlyList<SectionMastery> Sections, int StreakDays, int DueNow, int Answered)
{
    /// <summary>The learner's local date of their last answer; null when they never answered.</summary>
    public DateOnly? LastPracticedOn { get; init; }

    public int Mastered => Sections.Sum(s => s.Mastered);

    public int Total => Sections.Sum(s => s.Total);

    /// <summary>Mean recall today over every question of the bank (each section weighted by its size).</summary>
    public double Mastery => Total == 0 ? 0 : Sections.Sum(s => s.Mastery * s.Total) / Total;
}
