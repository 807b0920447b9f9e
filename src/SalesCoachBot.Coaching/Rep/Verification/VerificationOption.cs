namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>
/// One answer option. <see cref="Weight"/> is what the option adds to the score; a concern option
/// also gives the rep a reason (resource key <c>Verify.{question}.{option}.Reason</c>);
/// <see cref="CapsConfidenceAt"/> bounds the whole confidence when the answer alone disqualifies
/// the person, however well the other answers look.
/// </summary>
public sealed record VerificationOption(string Id, int Weight, bool IsConcern = false, int? CapsConfidenceAt = null);
