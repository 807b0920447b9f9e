namespace SalesCoachBot.Coaching.Rep.Debrief;

/// <summary>
/// The three signs that an action commitment is real (有效行动承诺的3个标志, seed 004 unit 5). The seed
/// names the count only; the working list follows the course's definition — the customer takes an
/// action that moves the order forward — see docs/method.md.
/// </summary>
public enum CommitmentSign
{
    CustomerTakesAction,
    MovesDealForward,
    SpecificAndDated,
}
