using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Dialogs;

/// <summary>
/// Decides the culture and time zone of a turn's user; <see cref="DialogRunner"/> asks it once per
/// turn and every dialog reads the answer from <see cref="DialogContext.Culture"/> and
/// <see cref="DialogContext.UserTimeZone"/>. The application registers its own, which knows what it
/// stored about the user; the engine's fallback only reads the activity.
/// </summary>
public interface ITurnLocaleProvider
{
    /// <summary>The culture and zone of the user of <paramref name="turn"/>.</summary>
    Task<TurnLocale> GetLocaleAsync(TurnContext turn, CancellationToken cancellationToken);
}
