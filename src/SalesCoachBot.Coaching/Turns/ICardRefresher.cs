using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// Answers a card's <c>refresh</c> (an <c>adaptiveCard/action</c> invoke with
/// <see cref="CardActionData.RefreshVerb"/>) for the command that built the card: the card as it is
/// now, or null when the user may not see it. A refresh changes nothing and leaves any flow in
/// progress alone.
/// </summary>
internal interface ICardRefresher
{
    /// <summary>The command whose cards it refreshes (<see cref="CardActionData.Command"/>).</summary>
    string Command { get; }

    Task<AdaptiveCard?> RefreshAsync(TurnContext turn, CardActionData data, TurnUser user, CancellationToken cancellationToken);
}
