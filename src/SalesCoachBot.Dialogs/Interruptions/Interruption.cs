namespace SalesCoachBot.Dialogs.Interruptions;

/// <summary>A command the user may type in any dialog.</summary>
internal enum Interruption
{
    None,
    Cancel,
    Help,
    Back,
    Restart,
}
