using System.Globalization;

namespace SalesCoachBot.Dialogs;

/// <summary>The language and time zone a turn's user is answered in.</summary>
/// <param name="Culture">The culture of texts, numbers and dates.</param>
/// <param name="TimeZone">The zone relative dates ("today", "tomorrow") are counted in.</param>
public sealed record TurnLocale(CultureInfo Culture, TimeZoneInfo TimeZone);
