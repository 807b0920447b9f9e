using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// A learner's standing in one course section: <see cref="Mastery"/> is the mean probability of
/// recall today over the section's questions (see <see cref="PracticeProgressCalculator"/>);
/// <see cref="Mastered"/> counts the questions that are both recalled today and durably learnt.
/// </summary>
public sealed record SectionMastery(MethodologySection Section, int Mastered, int Total, double Mastery);
