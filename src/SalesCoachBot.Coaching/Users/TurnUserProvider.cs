using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Users;

/// <summary>
/// The turn's <see cref="TurnUser"/>, resolved once per turn (one scope per turn) from the stored
/// profile and the activity; the dialog engine takes its culture and zone from here, and the turn's
/// <see cref="TurnContext.Culture"/> is set so the host's own words match.
/// </summary>
internal sealed class TurnUserProvider(IUserStore users, TurnUserResolver resolver) : ITurnLocaleProvider
{
    private TurnContext? _turn;
    private TurnUser? _user;

    public async Task<TurnUser> GetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (_user is not null && ReferenceEquals(_turn, turn))
        {
            return _user;
        }

        var profile = turn.Activity.From?.Id is { Length: > 0 } userId
            ? await users.FindAsync(userId, cancellationToken).ConfigureAwait(false)
            : null;
        _user = resolver.ForTurn(turn.Activity, profile);
        _turn = turn;
        turn.Culture = _user.Culture;
        return _user;
    }

    public async Task<TurnLocale> GetLocaleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        (await GetAsync(turn, cancellationToken).ConfigureAwait(false)).Locale;
}
