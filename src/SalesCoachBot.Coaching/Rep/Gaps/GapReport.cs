using System.Globalization;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>
/// Sends a deal's gap card. The power map publisher is optional (another feature provides it): when
/// none is registered, or it has no public address, the card shows the table alone.
/// </summary>
internal sealed class GapReport(DealHealthCalculator health, IEnumerable<IPowerMapPublisher> publishers)
{
    public async Task SendAsync(TurnContext turn, Deal deal, DateOnly today, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Drawing and publishing the picture can take over a second: the user sees the bot at work.
        await turn.SendTypingAsync(cancellationToken).ConfigureAwait(false);
        Uri? picture = null;
        foreach (var publisher in publishers)
        {
            picture ??= await publisher.PublishAsync(deal, culture, cancellationToken).ConfigureAwait(false);
        }

        var card = GapCard.Build(deal, health.Assess(deal, today), culture, picture);
        await turn.SendCardAsync(card, card.FallbackText ?? string.Empty, cancellationToken).ConfigureAwait(false);
    }
}
