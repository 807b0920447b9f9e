using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Dialogs;

/// <summary>
/// The dialog engine for one turn: the turn's context over the conversation's stack. Dialogs call it
/// to begin children, end with a result, replace themselves or cancel the stack.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    internal DialogContext(DialogSet dialogs, TurnContext context, DialogState state, DialogsOptions options, TimeProvider timeProvider, TurnLocale locale)
    {
        Dialogs = dialogs;
        Context = context;
        _state = state;
        Options = options;
        TimeProvider = timeProvider;
        Culture = locale.Culture;
        UserTimeZone = locale.TimeZone;
        Texts = new DialogTexts(Culture);
    }

    /// <summary>The turn: the inbound activity and the ways to answer it.</summary>
    public TurnContext Context { get; }

    /// <summary>The registered dialogs.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The stack; the last entry is the active dialog.</summary>
    public IReadOnlyList<DialogInstance> Stack => _state.Stack;

    /// <summary>The instance on top of the stack, or null when no dialog is active.</summary>
    public DialogInstance? ActiveDialog => _state.Stack.Count == 0 ? null : _state.Stack[^1];

    /// <summary>The user's culture for this turn, as <see cref="ITurnLocaleProvider"/> decided it.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The clock; relative dates ("tomorrow") are computed from it.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The user's time zone for this turn, as <see cref="ITurnLocaleProvider"/> decided it.</summary>
    public TimeZoneInfo UserTimeZone { get; }

    internal DialogsOptions Options { get; }

    internal DialogTexts Texts { get; }

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> and begins it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Find(dialogId)
            ?? throw new InvalidOperationException($"No dialog is registered with the id '{dialogId}'.");
        _state.Stack.Add(new DialogInstance
        {
            Id = dialog.Id,
            Version = dialog.Version,
            Options = options is null || !dialog.NeedsOptionsStored(isRoot: _state.Stack.Count == 0) ? null : ToNode(options),
        });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Passes the turn's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when none is active.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return Task.FromResult(DialogTurnResult.Empty);
        }

        return FindDialog(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog; its parent resumes with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parent)
        {
            return await FindDialog(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog without resuming its parent, and begins another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels every dialog on the stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is null)
        {
            return DialogTurnResult.Empty;
        }

        while (ActiveDialog is not null)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return DialogTurnResult.Cancelled;
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active ? FindDialog(active).RepromptDialogAsync(this, active, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Goes back one question: the innermost dialog that can step back does so, and the dialogs
    /// above it (e.g. the prompt that was waiting) are cancelled. False when none can.
    /// </summary>
    internal async Task<bool> StepBackAsync(CancellationToken cancellationToken)
    {
        for (var i = _state.Stack.Count - 1; i >= 0; i--)
        {
            var instance = _state.Stack[i];
            var dialog = FindDialog(instance);
            if (!dialog.CanStepBack(instance))
            {
                continue;
            }

            while (_state.Stack.Count > i + 1)
            {
                await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
            }

            await dialog.StepBackAsync(this, cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>The help of the innermost dialog that has some, or null.</summary>
    internal string? FindHelp()
    {
        for (var i = _state.Stack.Count - 1; i >= 0; i--)
        {
            var instance = _state.Stack[i];
            if (FindDialog(instance).GetHelp(this, instance) is { Length: > 0 } help)
            {
                return help;
            }
        }

        return null;
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        _state.Stack.RemoveAt(_state.Stack.Count - 1);
        await FindDialog(instance).EndDialogAsync(this, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    // The runner checks every stored instance against the set before the turn runs, so a missing
    // dialog here is a programming error, not old state.
    private Dialog FindDialog(DialogInstance instance) =>
        Dialogs.Find(instance.Id) ?? throw new InvalidOperationException($"No dialog is registered with the id '{instance.Id}'.");

    private static JsonNode? ToNode(object value) => value switch
    {
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), DialogStateSerializer.JsonOptions),
    };
}
