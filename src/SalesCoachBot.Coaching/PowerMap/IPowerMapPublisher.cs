using System.Globalization;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.PowerMap;

/// <summary>
/// Publishes a picture of a deal's power map for a card to show. The picture is served by the bot
/// at a short-lived, unguessable address.
/// </summary>
public interface IPowerMapPublisher
{
    /// <summary>
    /// Renders the deal's power map and returns the absolute URL where it can be fetched for a short
    /// while, or null when the bot has no public address configured (cards then fall back to text).
    /// </summary>
    Task<Uri?> PublishAsync(Deal deal, CultureInfo culture, CancellationToken cancellationToken);
}
