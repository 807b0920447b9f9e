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
/// recognized as stale. Once answered, the card is replaced by the form's result (see
/// <see cref="Prompt{T}"/>'s accepted answer).
/// </summary>
public sealed class CardFormPrompt(string id, PromptValidator<JsonElement>? validator = null) : Prompt<JsonElement>(id, validator)
{
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
