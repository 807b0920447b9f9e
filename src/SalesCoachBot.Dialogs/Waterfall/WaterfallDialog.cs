using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Dialogs.Waterfall;

/// <summary>
/// A dialog made of steps run in order: each step usually asks something (a prompt or a child
/// dialog) and the next step receives the answer. The dialog keeps, per step it ran, the result the
/// step received and the values as they were, so "back" can re-run the previous question exactly.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string ValuesKey = "values";
    private const string HistoryKey = "history";
    private readonly IReadOnlyList<WaterfallStep> _steps;

    /// <summary>Creates a waterfall with its steps.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    /// <summary>Help for the whole waterfall in the user's culture (from the product's resources), or null.</summary>
    public Func<CultureInfo, string?>? Help { get; init; }

    /// <summary>The number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        instance.State[ValuesKey] = new JsonObject();
        instance.State[HistoryKey] = new JsonArray();
        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A step that ended the turn without a child gets the user's text as its result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, instance.StepIndex + 1, DialogReason.ContinueCalled, dc.Context.Activity.TextWithoutBotMention(), cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, instance.StepIndex + 1, reason, result, cancellationToken);
    }

    /// <inheritdoc />
    public override string? GetHelp(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return Help?.Invoke(dc.Culture);
    }

    /// <inheritdoc />
    public override bool IsUsable(DialogInstance instance) =>
        instance is not null
        && instance.StepIndex >= 0
        && instance.StepIndex < _steps.Count
        && instance.State[ValuesKey] is JsonObject
        && instance.State[HistoryKey] is JsonArray history
        && history.All(entry => entry is JsonObject { } e && e["step"] is JsonValue && e["values"] is JsonObject);

    /// <inheritdoc />
    public override bool CanStepBack(DialogInstance instance) => FindBackTarget(instance) >= 0;

    /// <summary>Re-runs the last step before the current one that asked the user something.</summary>
    public override Task<DialogTurnResult> StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var history = History(instance);
        var target = FindBackTarget(instance);
        var entry = (JsonObject)history[target]!;
        var step = entry["step"]!.GetValue<int>();
        var result = entry["result"]?.DeepClone();
        instance.State[ValuesKey] = entry["values"]!.DeepClone();
        while (history.Count > target)
        {
            history.RemoveAt(history.Count - 1);
        }

        return RunStepAsync(dc, instance, step, DialogReason.BackCalled, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        instance.StepIndex = index;
        var entry = new JsonObject
        {
            ["step"] = index,
            ["result"] = ToNode(result),
            ["values"] = instance.State[ValuesKey]!.DeepClone(),
            ["asked"] = false,
        };
        History(instance).Add(entry);

        var step = new WaterfallStepContext(this, dc, instance, index, reason, result);
        var turn = await _steps[index](step, cancellationToken).ConfigureAwait(false);

        // A step that stopped the turn itself (a prompt, a child, end of turn) asked the user
        // something, so "back" may return to it; a step that only moved on is skipped when going back.
        if (turn.Status == DialogTurnStatus.Waiting && !step.MovedOn)
        {
            entry["asked"] = true;
        }

        return turn;
    }

    internal static JsonObject Values(DialogInstance instance) => (JsonObject)instance.State[ValuesKey]!;

    private static JsonArray History(DialogInstance instance) => (JsonArray)instance.State[HistoryKey]!;

    // The history's last "asked" entry is the question being answered now; back re-runs the one before it.
    private static int FindBackTarget(DialogInstance instance)
    {
        if (instance.State[HistoryKey] is not JsonArray history)
        {
            return -1;
        }

        var asked = 0;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i] is JsonObject entry && entry["asked"] is JsonValue value && value.GetValue<bool>())
            {
                asked++;
                if (asked == 2)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), DialogStateSerializer.JsonOptions),
    };
}
