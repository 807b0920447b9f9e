using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Dialogs.Waterfall;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's values and the ways on.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The engine, to begin, end or replace dialogs directly.</summary>
    public DialogContext DialogContext { get; }

    /// <summary>The turn.</summary>
    public TurnContext Context => DialogContext.Context;

    /// <summary>The user's culture for this turn (<see cref="DialogContext.Culture"/>).</summary>
    public CultureInfo Culture => DialogContext.Culture;

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    /// <summary>Why the step runs (begun, resumed after a child, back).</summary>
    public DialogReason Reason { get; }

    /// <summary>
    /// The previous step's result: the answer of the prompt it began. After "back" or a restart it is
    /// the stored JSON form of that answer; read it with <see cref="ResultAs{T}"/> to get either.
    /// </summary>
    public object? Result { get; }

    /// <summary>True when the previous step's prompt gave up after too many attempts.</summary>
    public bool PromptGaveUp => Result is TooManyAttemptsResult
        || (Result is JsonObject o && o.ContainsKey("promptId") && o.ContainsKey("attempts"));

    /// <summary>The options the waterfall was begun with (JSON form after a restart; see <see cref="OptionsAs{T}"/>).</summary>
    public object? Options => _instance.Options;

    /// <summary>The waterfall's values, kept across its steps and turns.</summary>
    public JsonObject Values => WaterfallDialog.Values(_instance);

    internal bool MovedOn { get; private set; }

    /// <summary>The result as <typeparamref name="T"/>, whether it is the object itself or its stored JSON form.</summary>
    public T? ResultAs<T>() => Convert<T>(Result);

    /// <summary>The begin options as <typeparamref name="T"/>.</summary>
    public T? OptionsAs<T>() => Convert<T>(_instance.Options);

    /// <summary>Stores a value in <see cref="Values"/>.</summary>
    public void SetValue<T>(string key, T value) =>
        Values[key] = JsonSerializer.SerializeToNode(value, DialogStateSerializer.JsonOptions);

    /// <summary>Reads a value from <see cref="Values"/>, or default when absent.</summary>
    public T? GetValue<T>(string key) => Values[key] is { } node ? node.Deserialize<T>(DialogStateSerializer.JsonOptions) : default;

    /// <summary>Skips to the next step with <paramref name="result"/>, in this turn.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        if (MovedOn)
        {
            throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' already moved on.");
        }

        MovedOn = true;
        return _waterfall.RunStepAsync(DialogContext, _instance, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>Begins a prompt; its answer is the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(promptId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result is the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall; the parent resumes with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends the turn; the user's next message continues with the next step.</summary>
    public static DialogTurnResult EndOfTurn => DialogTurnResult.Waiting;

    private static T? Convert<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JsonNode node => node.Deserialize<T>(DialogStateSerializer.JsonOptions),
        JsonElement element => element.Deserialize<T>(DialogStateSerializer.JsonOptions),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), DialogStateSerializer.JsonOptions).Deserialize<T>(DialogStateSerializer.JsonOptions),
    };
}
