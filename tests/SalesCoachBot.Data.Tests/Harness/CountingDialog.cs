using SalesCoachBot.Dialogs;

namespace SalesCoachBot.Data.Tests.Harness;

/// <summary>Counts the turns it sees in its state: a lost update shows as a count below the number of turns.</summary>
internal sealed class CountingDialog() : Dialog(DialogId)
{
    public const string DialogId = "counter";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State["count"] = 1;
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var count = state["count"]!.GetValue<int>();
        // Give a racing turn every chance to read the same count.
        await Task.Delay(1, cancellationToken);
        state["count"] = count + 1;
        await dc.Context.SendTextAsync(count + 1 + "", cancellationToken);
        return DialogTurnResult.Waiting;
    }
}
