using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Protocol.Turns;

/// <summary>
/// One inbound activity and the ways to answer it. Replies go through the connector to the
/// activity's service URL; an invoke's answer is set in <see cref="InvokeResponse"/> and returned
/// in the HTTP response.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _sent = [];
    private bool _replaceWithNextCard;
    private string? _leadText;

    /// <summary>Creates the context of a turn.</summary>
    public TurnContext(Activity activity, IConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        Connector = connector;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>The connector the turn answers through.</summary>
    public IConnectorClient Connector { get; }

    /// <summary>
    /// The culture the turn's user is answered in, set by the handler once it knows who they are, so
    /// that what the host itself says on the turn (an apology when the handler fails) speaks the same
    /// language. Null until then.
    /// </summary>
    public CultureInfo? Culture { get; set; }

    /// <summary>
    /// True when this turn's answer must not be kept for redeliveries (it names someone being erased);
    /// a redelivery of it then gets a plain 200. Set by <see cref="KeepNoAnswer"/>.
    /// </summary>
    public bool KeepsNoAnswer { get; private set; }

    /// <summary>Marks the turn's answer as not to be stored (see <see cref="KeepsNoAnswer"/>).</summary>
    public void KeepNoAnswer() => KeepsNoAnswer = true;

    /// <summary>The answer to an invoke; null means 200 with an empty invoke response.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>True when the turn is an <c>Action.Execute</c> press (an <c>adaptiveCard/action</c> invoke), answered with the card that replaces the pressed one.</summary>
    public bool IsCardActionInvoke =>
        Activity.Type == ActivityTypes.Invoke && Activity.Name == InvokeNames.AdaptiveCardAction;

    /// <summary>True once the pressed card's replacement is decided (an <c>adaptiveCard/action</c> answer with a card).</summary>
    public bool ReplacedPressedCard => InvokeResponse is { Type: InvokeResponse.AdaptiveCardType };

    /// <summary>
    /// On an <c>Action.Execute</c> press, the next message of this turn that is just one Adaptive Card
    /// is not sent to the chat but becomes the invoke response: it replaces the pressed card (the saved
    /// form becomes its result). Whatever the turn sends after it goes to the chat. No effect on other turns.
    /// </summary>
    public void ReplacePressedCardWithNextCard() => _replaceWithNextCard = IsCardActionInvoke;

    /// <summary>
    /// True when the next message of this turn that is just one card takes the pressed card's place
    /// (see <see cref="ReplacePressedCardWithNextCard"/>) instead of going to the chat.
    /// </summary>
    public bool NextCardReplacesPressedCard => _replaceWithNextCard;

    /// <summary>
    /// Undoes <see cref="ReplacePressedCardWithNextCard"/>: the pressed card stays as its answered
    /// copy, and the next card goes to the chat (with the lead text, if any).
    /// </summary>
    public void SendNextCardToTheChat() => _replaceWithNextCard = false;

    /// <summary>
    /// Replaces the card the user pressed with <paramref name="card"/> (JSON, as sent): on an
    /// <c>Action.Execute</c> press as the invoke response; on an <c>Action.Submit</c> message by
    /// updating the message it answers (<c>replyToId</c>). Nothing on other turns.
    /// </summary>
    public async Task ReplacePressedCardAsync(JsonElement card, CancellationToken cancellationToken)
    {
        if (IsCardActionInvoke)
        {
            _replaceWithNextCard = false;
            InvokeResponse = CardSerializer.ToInvokeResponse(card);
        }
        else if (Activity.Type == ActivityTypes.Message && Activity.Value is not null && !string.IsNullOrEmpty(Activity.ReplyToId))
        {
            // If the channel refuses the update, the dialog engine's stale-card check still guards a second press.
            await UpdateActivityAsync(Activity.ReplyToId, new Activity
            {
                Type = ActivityTypes.Message,
                Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What this turn has sent so far (for logs and tests).</summary>
    public IReadOnlyList<Activity> SentActivities => _sent;

    /// <summary>
    /// The first message of this turn the connector did not deliver (too large, still throttled or
    /// failing after its retries, an open circuit…), or null when all were. A turn with one must not
    /// commit state that says it was sent; typing indicators do not count.
    /// </summary>
    public ConnectorResult? FailedDelivery { get; private set; }

    /// <summary>
    /// Sends an activity into the turn's conversation. Conversation, sender, recipient and service
    /// are filled in from the inbound activity where the outgoing one leaves them empty.
    /// </summary>
    public async Task<ConnectorResult> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_replaceWithNextCard && IsOnlyACard(activity))
        {
            _replaceWithNextCard = false;
            InvokeResponse = CardSerializer.ToInvokeResponse(activity.Attachments![0].Content!.Value);
            return new ConnectorResult(ConnectorOutcome.Sent, 200, Activity.ReplyToId);
        }

        if (_leadText is { } lead && (activity.Type ?? ActivityTypes.Message) == ActivityTypes.Message)
        {
            _leadText = null;
            activity = activity with
            {
                Text = string.IsNullOrEmpty(activity.Text) ? lead : lead + "\n\n" + activity.Text,
                TextFormat = activity.TextFormat ?? "markdown",
            };
        }

        var template = Activity.CreateReply();
        var outgoing = activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            ChannelId = activity.ChannelId ?? template.ChannelId,
            ServiceUrl = activity.ServiceUrl ?? template.ServiceUrl,
            Conversation = activity.Conversation ?? template.Conversation,
            From = activity.From ?? template.From,
            Recipient = activity.Recipient ?? template.Recipient,
            Locale = activity.Locale ?? template.Locale,
        };

        var serviceUrl = outgoing.ServiceUrl ?? string.Empty;
        var conversationId = outgoing.Conversation?.Id ?? string.Empty;
        var result = string.IsNullOrEmpty(outgoing.ReplyToId)
            ? await Connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, cancellationToken).ConfigureAwait(false)
            : await Connector.ReplyToActivityAsync(serviceUrl, conversationId, outgoing.ReplyToId, outgoing, cancellationToken).ConfigureAwait(false);
        if (!result.IsSent)
        {
            if (outgoing.Type != ActivityTypes.Typing)
            {
                FailedDelivery ??= result;
            }

            return result;
        }

        _sent.Add(result.Id is null ? outgoing : outgoing with { Id = result.Id });
        return result;
    }

    /// <summary>
    /// A short text (markdown, e.g. "saved") said with the next message this turn sends, above its
    /// card, or on its own when <see cref="FlushLeadTextAsync"/> finds it still waiting: one activity
    /// in the chat instead of two. A card that replaces the pressed one in place does not take it.
    /// </summary>
    public void AddLeadText(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        _leadText = _leadText is null ? text : _leadText + "\n\n" + text;
    }

    /// <summary>Sends the lead text no message of the turn has taken yet; nothing when there is none.</summary>
    public async Task FlushLeadTextAsync(CancellationToken cancellationToken)
    {
        if (_leadText is { } lead)
        {
            _leadText = null;
            await SendTextAsync(lead, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a text message.</summary>
    public Task<ConnectorResult> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" }, cancellationToken);

    /// <summary>Sends an Adaptive Card, with <paramref name="summary"/> shown in notifications.</summary>
    public Task<ConnectorResult> SendCardAsync(AdaptiveCard card, string? summary, CancellationToken cancellationToken) =>
        SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Attachments = [CardSerializer.ToAttachment(card)],
        }, cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (e.g. the card a button was pressed on).</summary>
    public async Task<ConnectorResult> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var template = Activity.CreateReply();
        var outgoing = activity with
        {
            Id = activityId,
            Type = activity.Type ?? ActivityTypes.Message,
            Conversation = activity.Conversation ?? template.Conversation,
            From = activity.From ?? template.From,
            Recipient = activity.Recipient ?? template.Recipient,
        };
        var result = await Connector.UpdateActivityAsync(Activity.ServiceUrl ?? string.Empty, outgoing.Conversation?.Id ?? string.Empty, activityId, outgoing, cancellationToken).ConfigureAwait(false);
        if (!result.IsSent)
        {
            FailedDelivery ??= result;
        }

        return result;
    }

    private static bool IsOnlyACard(Activity activity) =>
        (activity.Type ?? ActivityTypes.Message) == ActivityTypes.Message
        && string.IsNullOrEmpty(activity.Text)
        && activity.Attachments is [{ ContentType: Attachment.AdaptiveCardContentType, Content: not null }];

    /// <summary>Shows the typing indicator.</summary>
    public Task<ConnectorResult> SendTypingAsync(CancellationToken cancellationToken) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
}
