using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Dialogs;

/// <summary>
/// Runs one turn through the dialog engine: waits for the conversation's previous turn, loads its
/// stack (starting afresh, with a word to the user, when the stored stack no longer fits the
/// dialogs), handles stale cards and the commands that work everywhere (cancel, help, back,
/// restart), otherwise continues the active dialog or begins the root, then commits the stack
/// together with the turn's other writes through <see cref="IUnitOfWork"/>. Scoped: one per turn.
/// </summary>
public sealed partial class DialogRunner
{
    private readonly DialogSet _dialogs;
    private readonly IDialogStateStore _store;
    private readonly IUnitOfWork _unitOfWork;
    private readonly ConversationTurnGate _gate;
    private readonly DialogsOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ITurnLocaleProvider _locales;
    private readonly ILogger<DialogRunner> _logger;

    internal DialogRunner(
        DialogSet dialogs,
        IDialogStateStore store,
        IUnitOfWork unitOfWork,
        ConversationTurnGate gate,
        IOptions<DialogsOptions> options,
        TimeProvider timeProvider,
        ITurnLocaleProvider locales,
        ILogger<DialogRunner> logger)
    {
        _dialogs = dialogs;
        _store = store;
        _unitOfWork = unitOfWork;
        _gate = gate;
        _options = options.Value;
        _timeProvider = timeProvider;
        _locales = locales;
        _logger = logger;
    }

    /// <summary>
    /// Runs the turn. <paramref name="rootDialogId"/> is begun when no dialog is active. Returns the
    /// engine's result; <see cref="DialogTurnResult.Result"/> carries the root's result when it completed.
    /// Conflicts and failed commits are told to the user, never thrown.
    /// </summary>
    public Task<DialogTurnResult> RunTurnAsync(TurnContext turn, string rootDialogId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootDialogId);
        return RunTurnCoreAsync(turn, (dc, ct) => RunAsync(dc, rootDialogId, ct), cancellationToken);
    }

    /// <summary>
    /// Runs the turn by starting <paramref name="dialogId"/> afresh, whatever was active: what a
    /// command or a card button that opens a flow does. The conversation's stack is cleared first.
    /// Loading, committing and reporting failures work as in <see cref="RunTurnAsync"/>.
    /// </summary>
    public Task<DialogTurnResult> StartDialogAsync(TurnContext turn, string dialogId, object? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        return RunTurnCoreAsync(
            turn,
            async (dc, ct) =>
            {
                if (dc.ActiveDialog is not null)
                {
                    await dc.CancelAllDialogsAsync(ct).ConfigureAwait(false);
                }

                return await dc.BeginDialogAsync(dialogId, options, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>
    /// Takes the turn's conversation for the whole turn, before anything of it is read or staged: two
    /// activities of one conversation arriving together (Teams sends the install and the first message
    /// at once) then run one after the other in this process. The dialogs run later in the same turn
    /// pass straight through; dispose the result when the turn is over.
    /// </summary>
    public Task<IDisposable> EnterConversationAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return _gate.EnterAsync(DialogStateKey.For(turn.Activity), turn, cancellationToken);
    }

    private async Task<DialogTurnResult> RunTurnCoreAsync(TurnContext turn, Func<DialogContext, CancellationToken, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var key = DialogStateKey.For(turn.Activity);
        using var pass = await _gate.EnterAsync(key, turn, cancellationToken).ConfigureAwait(false);

        var loaded = await _store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
        var state = loaded.State;
        var locale = await _locales.GetLocaleAsync(turn, cancellationToken).ConfigureAwait(false);
        var dc = new DialogContext(_dialogs, turn, state, _options, _timeProvider, locale);
        if (UnusableReason(state) is { } reason)
        {
            LogStateReset(key, reason);
            state.Stack.Clear();
            state.SchemaVersion = DialogState.CurrentSchemaVersion;
            await turn.SendTextAsync(dc.Texts.StateReset, cancellationToken).ConfigureAwait(false);
        }

        var result = await run(dc, cancellationToken).ConfigureAwait(false);
        await turn.FlushLeadTextAsync(cancellationToken).ConfigureAwait(false);

        if (turn.FailedDelivery is { } undelivered)
        {
            // Never "sent" in the state but not in the chat: nothing of the turn is committed, so
            // the dialog is where it was and the user can simply say it again.
            _unitOfWork.Discard();
            LogUndelivered(key, undelivered.Outcome, undelivered.StatusCode);
            var told = await turn.SendTextAsync(dc.Texts.NotDelivered, cancellationToken).ConfigureAwait(false);
            if (!told.IsSent)
            {
                LogNotToldUndelivered(key, told.Outcome);
            }

            SetInvokeMessage(turn, dc.Texts.NotDelivered, overwrite: true);
            return result;
        }

        // Set before the commit, so an invoke's answer is kept with the turn's own writes.
        SetInvokeMessage(turn, dc.Texts.FormReceived, overwrite: false);
        await _store.SaveAsync(key, state, loaded.ConcurrencyToken, cancellationToken).ConfigureAwait(false);
        var outcome = await _unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (outcome != UnitOfWorkOutcome.Committed)
        {
            LogNotCommitted(key, outcome);
            var text = outcome == UnitOfWorkOutcome.Conflict ? dc.Texts.Busy : dc.Texts.SaveFailed;
            await turn.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
            SetInvokeMessage(turn, text, overwrite: true);
        }

        return result;
    }

    private static async Task<DialogTurnResult> RunAsync(DialogContext dc, string rootDialogId, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var formId = CardActionData.Read(turn.Activity)?.FormId;
        if (formId is not null && formId != dc.ActiveDialog?.PendingFormId)
        {
            // A card of an earlier step: refused politely, and the card itself becomes that note so it
            // cannot be pressed again; the current step is asked again below it.
            var note = dc.ActiveDialog is null ? dc.Texts.StaleCard : dc.Texts.StaleCardCurrentStep;
            await turn.ReplacePressedCardAsync(NoteCard(note, dc), cancellationToken).ConfigureAwait(false);
            if (!turn.IsCardActionInvoke)
            {
                await turn.SendTextAsync(note, cancellationToken).ConfigureAwait(false);
            }

            if (dc.ActiveDialog is null)
            {
                return DialogTurnResult.Empty;
            }

            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (dc.ActiveDialog is null)
        {
            return await dc.BeginDialogAsync(rootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        switch (InterruptionRecognizer.Recognize(turn.Activity))
        {
            case Interruption.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await turn.SendTextAsync(dc.Texts.Cancelled, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Cancelled;

            case Interruption.Help:
                await turn.SendTextAsync(dc.FindHelp() ?? dc.Texts.GenericHelp, cancellationToken).ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;

            case Interruption.Back:
                if (!await dc.StepBackAsync(cancellationToken).ConfigureAwait(false))
                {
                    await turn.SendTextAsync(dc.Texts.NothingToGoBack, cancellationToken).ConfigureAwait(false);
                    await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                }

                return DialogTurnResult.Waiting;

            case Interruption.Restart:
                var root = dc.Stack[0];
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await turn.SendTextAsync(dc.Texts.Restarting, cancellationToken).ConfigureAwait(false);
                return await dc.BeginDialogAsync(root.Id, root.Options, cancellationToken).ConfigureAwait(false);

            default:
                return await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private string? UnusableReason(DialogState state)
    {
        if (state.LoadProblem is not null)
        {
            return state.LoadProblem;
        }

        foreach (var instance in state.Stack)
        {
            var dialog = _dialogs.Find(instance.Id);
            if (dialog is null)
            {
                return $"unknown dialog '{instance.Id}'";
            }

            if (dialog.Version != instance.Version)
            {
                return $"dialog '{instance.Id}' is at version {dialog.Version}, the stored instance at {instance.Version}";
            }

            bool usable;
            try
            {
                usable = dialog.IsUsable(instance);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                usable = false;
            }

            if (!usable)
            {
                return $"the stored instance of '{instance.Id}' does not fit it (step {instance.StepIndex})";
            }
        }

        return null;
    }

    private static JsonElement NoteCard(string text, DialogContext dc) => CardSerializer.ToJsonElement(new AdaptiveCard
    {
        Body = [new TextBlock(text) { Color = "attention" }],
        Lang = dc.Culture.Name,
        FallbackText = text,
    });

    // Teams shows an error on an adaptiveCard/action invoke answered without a body.
    private static void SetInvokeMessage(TurnContext turn, string text, bool overwrite)
    {
        if (turn.Activity.Type != ActivityTypes.Invoke || (turn.InvokeResponse is not null && !overwrite))
        {
            return;
        }

        turn.InvokeResponse = new InvokeResponse
        {
            StatusCode = 200,
            Type = InvokeResponse.MessageType,
            Value = JsonSerializer.SerializeToElement(text),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog state of {ConversationKey} reset: {Reason}")]
    private partial void LogStateReset(string conversationKey, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn of {ConversationKey} not committed: a reply was not delivered ({Outcome}, HTTP {StatusCode})")]
    private partial void LogUndelivered(string conversationKey, ConnectorOutcome outcome, int? statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn of {ConversationKey}: telling the user their reply was not delivered failed too ({Outcome})")]
    private partial void LogNotToldUndelivered(string conversationKey, ConnectorOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn of {ConversationKey} not committed: {Outcome}")]
    private partial void LogNotCommitted(string conversationKey, UnitOfWorkOutcome outcome);
}
