namespace SalesCoachBot.Protocol.Turns;

/// <summary>The bot's logic for one inbound activity.</summary>
public interface ITurnHandler
{
    /// <summary>
    /// Handles the turn: answers through <paramref name="turn"/>; for an invoke, sets
    /// <see cref="TurnContext.InvokeResponse"/>.
    /// </summary>
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
