namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// What decides whose buttons lead the menu (<see cref="MenuDialog"/>), read in one go on the turns
/// that show it: the user's latest practice answer and whether they have a current deal, including
/// what the turn itself has staged.
/// </summary>
public interface IMenuFactsStore
{
    /// <summary>The facts about <paramref name="userId"/>.</summary>
    Task<MenuFacts> ReadAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>The user's latest practice answer (null: never practised) and whether a deal is current for them.</summary>
public sealed record MenuFacts(DateTimeOffset? LastPracticedAt, bool HasCurrentDeal);
