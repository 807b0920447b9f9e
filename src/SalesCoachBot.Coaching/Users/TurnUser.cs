using System.Globalization;
using SalesCoachBot.Dialogs;

namespace SalesCoachBot.Coaching.Users;

/// <summary>
/// Who a turn (or a proactive message) is for, resolved once by <see cref="TurnUserResolver"/>: the
/// language they are answered in and the zone their dates are counted in.
/// </summary>
public sealed record TurnUser(string Id, CultureInfo Culture, TimeZoneInfo TimeZone, UserRole Role, string? ManagerId)
{
    /// <summary>The culture and zone, as the dialog engine takes them.</summary>
    public TurnLocale Locale => new(Culture, TimeZone);

    /// <summary>The user's local date at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);
}
