namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>Which check a <see cref="VerificationDialog"/> runs.</summary>
internal enum VerificationKind
{
    KeyPerson,
    Coach,
}
