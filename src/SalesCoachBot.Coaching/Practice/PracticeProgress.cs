namespace SalesCoachBot.Coaching.Practice;

/// <summary>A learner's standing: mastery per course section, consecutive practice days, questions due now.</summary>
public sealed record PracticeProgress(IReadOnlyList<SectionMastery> Sections, int StreakDays, int DueNow, int Answered)
{
    public int Mastered => Sections.Sum(s => s.Mastered);

    public int Total => Sections.Sum(s => s.Total);

    public double Share => Total == 0 ? 0 : (double)Mastered / Total;
}
