using SalesCoachBot.Coaching.Rep.People;


namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>The coach verification of one stakeholder, scored against <see cref="CoachQuestions.Set"/>.</summary>
public static class CoachCheck
{
    public static VerificationResult Score(Stakeholder coach)
    {
        ArgumentNullException.ThrowIfNull(coach);
        return VerificationScorer.Score(CoachQuestions.Set, coach.CoachAnswers);
    }
}
