namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>A confidence from 0 to 100 and the reasons that held it down.</summary>
public sealed record VerificationResult(int Confidence, IReadOnlyList<VerificationReason> Reasons)
{
    public bool IsVerified => Confidence >= VerificationQuestionSet.VerifiedThreshold;

    /// <summary>
    /// The reasons to show under a gap: the disqualifying answers when there are any, else the first
    /// concerns (at most <paramref name="max"/>), as resource keys.
    /// </summary>
    public IReadOnlyList<string> KeyReasons(int max = 2)
    {
        var capping = Reasons.Where(r => r.CapsAt is not null).ToList();
        var shown = capping.Count > 0 ? capping : [.. Reasons.Where(r => !r.IsUnanswered)];
        return [.. shown.Take(max).Select(r => r.Key!)];
    }
}
