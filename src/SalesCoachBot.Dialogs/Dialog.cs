namespace SalesCoachBot.Dialogs;

/// <summary>
/// One conversational unit (a waterfall, a prompt, a custom flow). A dialog object is stateless and
/// shared; what it remembers between turns lives in its <see cref="DialogInstance"/> on the stack.
/// </summary>
public abstract class Dialog
{
    /// <summary>Creates a dialog with the id it is registered and begun under.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The id the dialog is registered and begun under.</summary>
    public string Id { get; }

    /// <summary>
    /// The shape version of the dialog's stored state. Raise it when a change makes stacks saved by
    /// an older build unusable (steps reordered, state keys renamed): such stacks are then reset
    /// instead of being misread.
    /// </summary>
    public virtual int Version => 1;

    /// <summary>
    /// False when the dialog keeps what it needs of its options in its own state: its options are
    /// then stored only while it is the root, the one dialog a restart begins again from them.
    /// </summary>
    private protected virtual bool StoresOptions => true;

    internal bool NeedsOptionsStored(bool isRoot) => isRoot || StoresOptions;

    /// <summary>Starts the dialog; its instance is already on top of the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Handles the next activity while this dialog is the active one.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child this dialog began has ended; <paramref name="result"/> is the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for what the dialog is waiting for (after help, a stale card…).</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack, for whatever <paramref name="reason"/>.</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Help specific to where the dialog is, or null to let an outer dialog or the generic help answer.</summary>
    public virtual string? GetHelp(DialogContext dc, DialogInstance instance) => null;

    /// <summary>
    /// Whether a stored instance still fits this dialog (e.g. its step index exists). An instance
    /// that does not fit makes the engine reset the conversation's stack.
    /// </summary>
    public virtual bool IsUsable(DialogInstance instance) => instance is not null;

    /// <summary>Whether <see cref="StepBackAsync"/> can re-ask an earlier question of this instance.</summary>
    public virtual bool CanStepBack(DialogInstance instance) => false;

    /// <summary>
    /// Re-asks the previous question. Called only when <see cref="CanStepBack"/> returned true; the
    /// instance is then on top of the stack.
    /// </summary>
    public virtual async Task<DialogTurnResult> StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }
}
