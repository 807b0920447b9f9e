using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Users;

/// <summary>
/// The one place that decides a user's language and time zone, for turns and proactive messages alike.
/// Language: any <c>zh…</c> locale is answered in zh-CN, any other in en-US, none in the configured
/// default. Zone: the one the user set by command wins; else the latest the client reported (it
/// changes when they travel); else the configured default.
/// </summary>
public sealed class TurnUserResolver
{
    private readonly CultureInfo _defaultCulture;
    private readonly TimeZoneInfo _defaultZone;

    public TurnUserResolver(IOptions<UsersOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _defaultCulture = CultureInfo.GetCultureInfo(options.Value.DefaultCulture);
        _defaultZone = Zone(options.Value.DefaultTimeZone) ?? TimeZoneInfo.Utc;
    }

    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The languages the bot speaks; typed commands and answers are matched in all of them.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [Chinese, English];

    /// <summary>The culture a user whose locale is <paramref name="locale"/> is answered in.</summary>
    public CultureInfo CultureFor(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? _defaultCulture
        : locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese
        : English;

    /// <summary>The culture of the activity's sender, from the activity alone (when the profile could not be read).</summary>
    public CultureInfo CultureFor(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CultureFor(LocaleOf(activity));
    }

    /// <summary>The user of a proactive message: everything from what was stored.</summary>
    public TurnUser ForProfile(UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new TurnUser(profile.Id, CultureFor(profile.Locale), ZoneFor(profile.TimeZone, profile.ClientTimeZone), profile.Role, profile.ManagerId);
    }

    /// <summary>The user of a turn: the stored profile (null for someone unknown), with what the activity says now.</summary>
    public TurnUser ForTurn(Activity activity, UserProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new TurnUser(
            activity.From?.Id ?? profile?.Id ?? string.Empty,
            CultureFor(LocaleOf(activity) ?? profile?.Locale),
            ZoneFor(profile?.TimeZone, ClientTimeZone(activity) ?? profile?.ClientTimeZone),
            profile?.Role ?? UserRole.Rep,
            profile?.ManagerId);
    }

    /// <summary>The zone the client reports on the activity, when it names one this host knows.</summary>
    public static string? ClientTimeZone(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new[] { activity.LocalTimezone, activity.ClientInfo?.Timezone }.FirstOrDefault(id => Zone(id) is not null);
    }

    private static string? LocaleOf(Activity activity) =>
        new[] { activity.Locale, activity.ClientInfo?.Locale }.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));

    private TimeZoneInfo ZoneFor(string? chosen, string? reported) => Zone(chosen) ?? Zone(reported) ?? _defaultZone;

    // Zone ids seen so far, found or not: the system's look-up takes a lock and reads tzdata each time.
    // Bounded, so ids an attacker makes up cannot grow it without limit.
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);
    private const int MaxRememberedZones = 1024;

    private static TimeZoneInfo? Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (Zones.TryGetValue(id, out var known))
        {
            return known;
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null;
        if (Zones.Count < MaxRememberedZones)
        {
            Zones.TryAdd(id, zone);
        }

        return zone;
    }
}
