namespace SalesCoachBot.Coaching.Rep.Debrief;

/// <summary>
/// The four elements an action commitment records (有效行动承诺包含的4个要素, seed 004 unit 5). The seed
/// names the count only; this is the working list in docs/method.md, pending the trainer's wording.
/// </summary>
public enum CommitmentElement
{
    Action,
    CommittedBy,
    DueDate,
    DealProgress,
}
