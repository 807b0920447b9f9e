namespace SalesCoachBot.Coaching.Rep.Debrief;

/// <summary>
/// What the customer agreed to do at a visit (行动承诺): the course defines it as the customer taking an
/// action that moves the order forward (让客户采取行动推进订单进程).
/// </summary>
public sealed record ActionCommitment
{
    public string? Action { get; init; }

    public Guid? CommittedBy { get; init; }

    public DateOnly? DueOn { get; init; }

    /// <summary>How the action moves the deal forward, in the rep's words.</summary>
    public string? DealProgress { get; init; }

    /// <summary>The signs the rep confirmed in the debrief.</summary>
    public IReadOnlySet<CommitmentSign> SignsConfirmed { get; init; } = new HashSet<CommitmentSign>();

    public IReadOnlyList<CommitmentElement> MissingElements()
    {
        var missing = new List<CommitmentElement>();
        if (string.IsNullOrWhiteSpace(Action))
        {
            missing.Add(CommitmentElement.Action);
        }

        if (CommittedBy is null)
        {
            missing.Add(CommitmentElement.CommittedBy);
        }

        if (DueOn is null)
        {
            missing.Add(CommitmentElement.DueDate);
        }

        if (string.IsNullOrWhiteSpace(DealProgress))
        {
            missing.Add(CommitmentElement.DealProgress);
        }

        return missing;
    }

    /// <summary>All four elements recorded and all three signs confirmed.</summary>
    public bool IsEffective => MissingElements().Count == 0 && Enum.GetValues<CommitmentSign>().All(SignsConfirmed.Contains);
}
