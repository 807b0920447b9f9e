using System.Collections.Concurrent;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// A handler that counts its turns and can hold each turn until released, so that tests can
/// deliver a second request while the first is still running.
/// </summary>
public sealed class CountingTurnHandler : ITurnHandler
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<Activity> _seen = new();

    public CountingTurnHandler(bool holdTurns = false)
    {
        if (!holdTurns)
        {
            _release.SetResult();
        }
    }

    public IReadOnlyList<Activity> Seen => [.. _seen];

    public Task FirstTurnStarted => _firstStarted.Task;

    public void Release() => _release.TrySetResult();

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        _seen.Enqueue(turn.Activity);
        _firstStarted.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        await turn.SendTextAsync("handled", cancellationToken);
    }
}
