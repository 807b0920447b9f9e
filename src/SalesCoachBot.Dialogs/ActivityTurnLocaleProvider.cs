using System.Globalization;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Dialogs;

/// <summary>
/// The engine's fallback when the application registers no <see cref="ITurnLocaleProvider"/>:
/// what the activity says, taken as it is (the locale it names, the zone it reports), else the
/// invariant culture and UTC. No language or zone is preferred: that is the application's policy.
/// </summary>
internal sealed class ActivityTurnLocaleProvider : ITurnLocaleProvider
{
    public Task<TurnLocale> GetLocaleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        return Task.FromResult(new TurnLocale(
            CultureOf(activity.Locale ?? activity.ClientInfo?.Locale),
            ZoneOf(activity.LocalTimezone) ?? ZoneOf(activity.ClientInfo?.Timezone) ?? TimeZoneInfo.Utc));
    }

    private static CultureInfo CultureOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static TimeZoneInfo? ZoneOf(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
