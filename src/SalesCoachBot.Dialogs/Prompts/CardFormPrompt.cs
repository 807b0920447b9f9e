using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Sends <see cref="PromptOptions.Card"/> (an Adaptive Card with inputs) and ends with the submitted
/// inputs as a JSON object. The answer may come as an <c>Action.Submit</c> message (<c>value</c>) or
/// an <c>adaptiveCard/action</c> invoke from <c>Action.Execute</c> (<c>value.action.data</c>): both
/// give the same object. Every button carries the form's id, so a submit from an older card is
/// recognized as stale. An invoke is answered with a "received" card, which a later step may replace
/// by setting <see cref="Protocol.Turns.TurnContext.InvokeResponse"/> again.
/// </summary>
public sealed class CardFormPrompt(string id, PromptValidator<JsonElement>? validator = null) : Prompt<JsonElement>(id, validator)
{
    /// <summary>When the card has no button: add an <c>Action.Execute</c> (true) or an <c>Action.Submit</c> (false, default).</summary>
    public bool UseExecuteAction { get; init; }

    private protected override PromptRecognition<JsonElement> Recognize(DialogContext dc, PromptState state)
    {
        var activity = dc.Context.Activity;
        if (CardActionData.Read(activity) is not { } data || data.FormId != state.FormId)
        {
            return new PromptRecognition<JsonElement>(false, default);
        }

        return new PromptRecognition<JsonElement>(true, (data with { FormId = null }).ToJson());
    }

    private protected override string RetryText(DialogTexts texts) => texts.RetryCardForm;

    private protected override AdaptiveCard? BuildCard(DialogContext dc, PromptOptions options, PromptState state) =>
        options.Card ?? throw new InvalidOperationException($"The card form prompt '{Id}' was begun without a card.");

    private protected override CardAction DefaultButton(string title, string formId) => UseExecuteAction
        ? new CardActionData { FormId = formId, Verb = CardActionData.FormVerb }.ToExecute(title)
        : new CardActionData { FormId = formId }.ToSubmit(title);

    private protected override async Task OnAcceptedAsync(DialogContext dc, PromptState state, CancellationToken cancellationToken)
    {
        var received = new AdaptiveCard { Body = [new TextBlock(dc.Texts.FormReceived)], Lang = dc.Culture.Name };
        var activity = dc.Context.Activity;
        if (activity.Type == ActivityTypes.Invoke)
        {
            dc.Context.InvokeResponse = CardSerializer.ToInvokeResponse(received);
        }
        else if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            // The submitted card is replaced so its buttons cannot be pressed twice; if the channel
            // refuses the update, the stale-card check still guards a second press.
            await dc.Context.UpdateActivityAsync(activity.ReplyToId, new Activity
            {
                Type = ActivityTypes.Message,
                Attachments = [CardSerializer.ToAttachment(received)],
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An invoke is answered in place: the same card again, with the retry text above it.</summary>
    private protected override Task SendRetryAsync(DialogContext dc, PromptState state, string retryText, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Invoke || state.Card is not { } card)
        {
            return base.SendRetryAsync(dc, state, retryText, cancellationToken);
        }

        var again = JsonNode.Parse(card.GetRawText())!.AsObject();
        var body = again["body"] as JsonArray ?? [];
        again["body"] = body;
        body.Insert(0, new JsonObject { ["type"] = "TextBlock", ["text"] = retryText, ["color"] = "attention", ["wrap"] = true });
        dc.Context.InvokeResponse = new InvokeResponse
        {
            StatusCode = 200,
            Type = InvokeResponse.AdaptiveCardType,
            Value = JsonSerializer.SerializeToElement(again, DialogStateSerializer.JsonOptions),
        };
        return Task.CompletedTask;
    }
}
