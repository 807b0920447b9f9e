using System.Globalization;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>
/// Sends a deal's gap card. The power map publisher is optional (another feature provides it): when
/// none is registered, or it has no public address, the card shows the table alone. The card shows
/// state that changes, so it carries a <c>refresh</c> for its owner (the turn's user):
/// <see cref="GapCardRefresher"/> answers it with the card as the deal is then.
/// </summary>
internal sealed class GapReport(DealHealthCalculator health, IEnumerable<IPowerMapPublisher> publishers)
{
    public async Task SendAsync(TurnContext turn, Deal deal, DateOnly today, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Drawing and publishing the picture can take over a second: the user sees the bot at work.
        await turn.SendTypingAsync(cancellationToken).ConfigureAwait(false);
        var card = await BuildAsync(turn, deal, today, culture, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card, card.FallbackText ?? string.Empty, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The gap card of <paramref name="deal"/>, with its picture and its refresh for the turn's user.</summary>
    public async Task<AdaptiveCard> BuildAsync(TurnContext turn, Deal deal, DateOnly today, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(deal);
        Uri? picture = null;
        foreach (var publisher in publishers)
        {
            picture ??= await publisher.PublishAsync(deal, culture, cancellationToken).ConfigureAwait(false);
        }

        var card = GapCard.Build(deal, health.Assess(deal, today), culture, picture);
        var refresh = new CardActionData { Command = RepCommands.Gaps, DealId = deal.Id.ToString("D") };
        return card with { Refresh = CardRefresh.For(refresh, turn.Activity.From?.Id) };
    }
}
