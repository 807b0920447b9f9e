namespace SalesCoachBot.Dialogs;

/// <summary>The outcome of a call into the engine: the stack's status and, when complete, the result.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The result of the dialog that completed, if any.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The active dialog waits for the user's next activity.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>No dialog was active.</summary>
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    /// <summary>The stack was cancelled.</summary>
    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);
}
