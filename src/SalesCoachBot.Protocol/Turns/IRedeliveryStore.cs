using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Turns;

/// <summary>
/// The redelivery record, shared by every instance: Teams redelivers a request it got no answer to
/// (within 15 s) with the same activity id, possibly to another instance or after a restart. The
/// first caller to claim a key takes the activity on; every later one only acknowledges it, and a
/// redelivered invoke is answered with what the first answered. Scoped to the turn: the answer is
/// written with the turn's own commit whenever it is known by then.
/// </summary>
public interface IRedeliveryStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="turn"/>, visible to every instance at once:
    /// true for the first caller, false for every later or concurrent one. After a successful claim,
    /// the turn's invoke answer (<see cref="TurnContext.InvokeResponse"/>) is kept with the record
    /// whenever the turn commits.
    /// </summary>
    Task<bool> TryClaimAsync(string key, TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the turn's final invoke answer with the record, unless the turn's commit already wrote
    /// exactly that answer.
    /// </summary>
    Task CompleteAsync(string key, InvokeResponse response, CancellationToken cancellationToken);

    /// <summary>The answer the first delivery gave, or null while it has none yet (still running).</summary>
    Task<InvokeResponse?> FindAnswerAsync(string key, CancellationToken cancellationToken);
}
