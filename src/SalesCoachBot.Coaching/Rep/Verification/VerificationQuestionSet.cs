namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>An ordered set of verification questions (the KP check or the coach check).</summary>
public sealed record VerificationQuestionSet(string Id, IReadOnlyList<VerificationQuestion> Questions)
{
    /// <summary>At or above this confidence the person counts as verified.</summary>
    public const int VerifiedThreshold = 60;

    public int MaxTotalWeight => Questions.Sum(question => question.MaxWeight);

    public VerificationQuestion? Find(string questionId) => Questions.FirstOrDefault(question => question.Id == questionId);
}
