namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>A confidence from 0 to 100 and the reasons that held it down.</summary>
public sealed record VerificationResult(int Confidence, IReadOnlyList<VerificationReason> Reasons)
{
    public bool IsVerified => Confidence >= VerificationQuestionSet.VerifiedThreshold;
}
