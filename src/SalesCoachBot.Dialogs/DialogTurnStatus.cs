namespace SalesCoachBot.Dialogs;

/// <summary>Where the stack stands after a call into the engine.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next activity.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended with a result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
