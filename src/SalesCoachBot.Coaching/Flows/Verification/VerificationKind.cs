namespace SalesCoachBot.Coaching.Flows.Verification;

/// <summary>Which check a <see cref="VerificationDialog"/> runs.</summary>
internal enum VerificationKind
{
    KeyPerson,
    Coach,
}
