namespace SalesCoachBot.Dialogs.Tests;

public sealed class ConversationTurnGateTests
{
    [Fact]
    public async Task EnterAsync_SameKey_SecondWaitsUntilFirstLeaves()
    {
        var gate = new ConversationTurnGate();
        var first = await gate.EnterAsync("a", CancellationToken.None);

        var second = gate.EnterAsync("a", CancellationToken.None);
        var other = await gate.EnterAsync("b", CancellationToken.None);
        await Task.Yield();
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        other.Dispose();
        Assert.Equal(0, gate.ActiveKeys);
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_ThrowsAndLeavesNoEntry()
    {
        var gate = new ConversationTurnGate();
        var first = await gate.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync("a", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();
        Assert.Equal(0, gate.ActiveKeys);
    }

    [Fact]
    public async Task EnterAsync_SameOwnerAgain_PassesAtOnceWhileAnotherOwnerWaits()
    {
        var gate = new ConversationTurnGate();
        var turn = new object();
        var first = await gate.EnterAsync("a", turn, CancellationToken.None);

        var again = gate.EnterAsync("a", turn, CancellationToken.None);
        var otherTurn = gate.EnterAsync("a", new object(), CancellationToken.None);
        await Task.Yield();
        Assert.True(again.IsCompletedSuccessfully);
        Assert.False(otherTurn.IsCompleted);

        (await again).Dispose();
        await Task.Yield();
        Assert.False(otherTurn.IsCompleted);
        first.Dispose();
        (await otherTurn).Dispose();
        Assert.Equal(0, gate.ActiveKeys);
    }
}
