namespace SalesCoachBot.Dialogs;

/// <summary>Why a dialog begins, resumes or ends.</summary>
public enum DialogReason
{
    /// <summary>The dialog was begun.</summary>
    BeginCalled,

    /// <summary>The dialog continues with a new activity.</summary>
    ContinueCalled,

    /// <summary>The dialog (or its child) ended normally.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled (cancel, restart, or a step back past it).</summary>
    CancelCalled,

    /// <summary>A waterfall re-runs an earlier step because the user asked to go back.</summary>
    BackCalled,

    /// <summary>A waterfall moved on to its next step.</summary>
    NextCalled,
}
