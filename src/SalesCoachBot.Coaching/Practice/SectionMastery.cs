using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>How many of a section's questions a learner has mastered.</summary>
public sealed record SectionMastery(MethodologySection Section, int Mastered, int Total)
{
    public double Share => Total == 0 ? 0 : (double)Mastered / Total;
}
