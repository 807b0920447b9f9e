using System.Text.Json;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.Web.Resources;

namespace SalesCoachBot.Web.Turns;

/// <summary>
/// The default turn handler until the coaching flows exist: a welcome card on install, a card that
/// echoes what the bot understood for a message, and a card invoke response for Action.Execute.
/// </summary>
internal sealed class GreetingTurnHandler : ITurnHandler
{
    private readonly IActivityDeduplicator _deduplicator;

    public GreetingTurnHandler(IActivityDeduplicator deduplicator) => _deduplicator = deduplicator;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var culture = TurnCulture.For(activity);
        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate when string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase):
            case ActivityTypes.ConversationUpdate when IsBotAdded(activity):
                await WelcomeOnceAsync(turn, cancellationToken).ConfigureAwait(false);
                break;

            case ActivityTypes.Message when IsGreetAgain(activity.Value):
                await SendWelcomeAsync(turn, cancellationToken).ConfigureAwait(false);
                break;

            case ActivityTypes.Message:
                await turn.SendCardAsync(GreetingCards.Echo(activity, culture), GreetingCards.Text(nameof(WebTexts.EchoSummary), culture), cancellationToken).ConfigureAwait(false);
                break;

            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                var action = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : (JsonElement?)null;
                var verb = action is { } act && act.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var data = action is { } withData && withData.TryGetProperty("data", out var d) ? d : (JsonElement?)null;
                turn.InvokeResponse = CardSerializer.ToInvokeResponse(GreetingCards.ActionReceived(verb, data, culture));
                break;

            default:
                // Other activities (reactions, typing, other invokes) need no answer from this handler.
                break;
        }
    }

    private static bool IsBotAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId && (activity.MembersAdded ?? []).Any(m => m.Id == botId);

    private static bool IsGreetAgain(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v
        && v.TryGetProperty("action", out var action)
        && action.ValueKind == JsonValueKind.String
        && action.GetString() == GreetingCards.GreetAgainAction;

    // Teams (and the Agents Playground) announce one install twice, as installationUpdate and as
    // conversationUpdate; the user is welcomed once per conversation within the remembering window.
    private async Task WelcomeOnceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = string.Join('|', "welcome", turn.Activity.ChannelId, turn.Activity.Conversation?.Id);
        if (await _deduplicator.TryClaimAsync(key, cancellationToken).ConfigureAwait(false))
        {
            await SendWelcomeAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SendWelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = TurnCulture.For(turn.Activity);
        // In a conversationUpdate, From is whoever added the bot; that is who is greeted by name.
        var card = GreetingCards.Welcome(turn.Activity.From?.Name, culture);
        await turn.SendCardAsync(card, GreetingCards.Text(nameof(WebTexts.GreetingSummary), culture), cancellationToken).ConfigureAwait(false);
    }
}
