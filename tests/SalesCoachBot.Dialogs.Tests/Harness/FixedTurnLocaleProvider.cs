using System.Globalization;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Dialogs.Tests.Harness;

/// <summary>An application's provider that has decided the user's culture and zone whatever the activity says.</summary>
internal sealed class FixedTurnLocaleProvider(string culture, string timeZone) : ITurnLocaleProvider
{
    public Task<TurnLocale> GetLocaleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(new TurnLocale(CultureInfo.GetCultureInfo(culture), TimeZoneInfo.FindSystemTimeZoneById(timeZone)));
}
