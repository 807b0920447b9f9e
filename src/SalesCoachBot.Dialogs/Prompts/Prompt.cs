using System.Text.Json;
using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the understood, validated answer, or with a
/// <see cref="TooManyAttemptsResult"/> after <see cref="MaxAttempts"/> answers that were not accepted.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string StateKey = "prompt";
    private readonly PromptValidator<T>? _validator;

    private protected Prompt(string id, PromptValidator<T>? validator) : base(id) => _validator = validator;

    /// <summary>A prompt keeps its texts, choices and card in its own state (<see cref="PromptState"/>).</summary>
    private protected override bool StoresOptions => false;

    /// <summary>Answers accepted before giving up; the configured <see cref="DialogsOptions.MaxAttempts"/> when null.</summary>
    public int? MaxAttempts { get; init; }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options switch
        {
            PromptOptions typed => typed,
            // A prompt restarted as the root gets its options back in their stored JSON form.
            System.Text.Json.Nodes.JsonNode node => node.Deserialize<PromptOptions>(ProtocolJson.Options) ?? new PromptOptions(),
            _ => new PromptOptions(),
        };

        var state = new PromptState
        {
            Prompt = promptOptions.Prompt,
            RetryPrompt = promptOptions.RetryPrompt,
            Help = promptOptions.Help,
            Choices = promptOptions.Choices?.ToList(),
        };
        var instance = dc.ActiveDialog!;
        if (BuildCard(dc, promptOptions, state) is { } card)
        {
            // A fresh id per question: a card from an earlier question of the same prompt is stale.
            state.FormId = Guid.NewGuid().ToString("N");
            state.Card = CardSerializer.ToJsonElement(MarkCard(card, state.FormId, dc.Texts));
            instance.PendingFormId = state.FormId;
        }

        Save(instance, state);
        await SendPromptAsync(dc, state, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var state = Load(instance);
        var recognized = Recognize(dc, state);
        state.Attempts++;
        var check = new PromptValidatorContext<T>(dc.Context, recognized, state.Attempts, dc.Culture);
        var accepted = recognized.Succeeded
            && (_validator is null || await _validator(check, cancellationToken).ConfigureAwait(false));
        if (accepted)
        {
            await OnAcceptedAsync(dc, state, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (state.Attempts >= (MaxAttempts ?? dc.Options.MaxAttempts))
        {
            await dc.Context.SendTextAsync(dc.Texts.TooManyAttempts, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(new TooManyAttemptsResult(Id, state.Attempts), cancellationToken).ConfigureAwait(false);
        }

        Save(instance, state);
        var retry = check.RetryMessage ?? state.RetryPrompt ?? RetryText(dc.Texts);
        await SendRetryAsync(dc, state, retry, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        SendPromptAsync(dc, Load(instance), cancellationToken);

    /// <inheritdoc />
    public override string? GetHelp(DialogContext dc, DialogInstance instance) => Load(instance).Help;

    /// <inheritdoc />
    public override bool IsUsable(DialogInstance instance)
    {
        if (instance?.State[StateKey] is not System.Text.Json.Nodes.JsonObject)
        {
            return false;
        }

        try
        {
            return Load(instance) is { } state && (state.FormId is null) == (instance.PendingFormId is null);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Makes sense of the turn's activity.</summary>
    private protected abstract PromptRecognition<T> Recognize(DialogContext dc, PromptState state);

    /// <summary>The prompt type's default retry text.</summary>
    private protected abstract string RetryText(DialogTexts texts);

    /// <summary>The card the prompt sends, or null to send <see cref="PromptState.Prompt"/> as text.</summary>
    private protected virtual AdaptiveCard? BuildCard(DialogContext dc, PromptOptions options, PromptState state) => null;

    /// <summary>
    /// Called with an accepted answer before the prompt ends. An answer pressed on the prompt's card
    /// replaces that card with its read-only copy (<see cref="AnsweredCard"/>), so the old step cannot
    /// be pressed again. A form goes further on an <c>Action.Execute</c> press: the first card the turn
    /// goes on to send (the form's result) takes its place instead, and the read-only copy is only kept
    /// when the turn sends no card. A card of buttons only stays as its copy, and the next question
    /// goes to the chat as something new to read.
    /// </summary>
    private protected virtual async Task OnAcceptedAsync(DialogContext dc, PromptState state, CancellationToken cancellationToken)
    {
        if (state.Card is not { } card || CardActionData.Read(dc.Context.Activity) is not { } pressed)
        {
            return;
        }

        var answered = AnsweredCard.Build(card, pressed, dc.Texts, out var hasInputs);
        await dc.Context.ReplacePressedCardAsync(answered, cancellationToken).ConfigureAwait(false);
        if (hasInputs)
        {
            dc.Context.ReplacePressedCardWithNextCard();
        }
    }

    /// <summary>Says why the answer was not accepted and asks again.</summary>
    private protected virtual async Task SendRetryAsync(DialogContext dc, PromptState state, string retryText, CancellationToken cancellationToken)
    {
        await dc.Context.SendTextAsync(retryText, cancellationToken).ConfigureAwait(false);
        if (state.Card is not null)
        {
            await SendPromptAsync(dc, state, cancellationToken).ConfigureAwait(false);
        }
    }

    private protected static async Task SendPromptAsync(DialogContext dc, PromptState state, CancellationToken cancellationToken)
    {
        if (state.Card is { } card)
        {
            await dc.Context.SendActivityAsync(new Activity
            {
                Type = ActivityTypes.Message,
                Summary = state.Prompt,
                Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
            }, cancellationToken).ConfigureAwait(false);
        }
        else if (!string.IsNullOrEmpty(state.Prompt))
        {
            await dc.Context.SendTextAsync(state.Prompt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts the form marker on every submit and execute button; adds a submit button when there is none.</summary>
    private AdaptiveCard MarkCard(AdaptiveCard card, string formId, DialogTexts texts)
    {
        var actions = card.Actions?.Select(a => MarkAction(a, formId)).ToList() ?? [];
        var body = card.Body.Select(e => e is ActionSet set ? set with { Actions = [.. set.Actions.Select(a => MarkAction(a, formId))] } : e).ToList();
        var hasButton = actions.Any(a => a is SubmitAction or ExecuteAction)
            || body.OfType<ActionSet>().Any(s => s.Actions.Any(a => a is SubmitAction or ExecuteAction));
        if (!hasButton)
        {
            actions.Add(DefaultButton(texts.Submit, formId));
        }

        return card with { Body = body, Actions = actions, Lang = card.Lang ?? texts.Culture.Name };
    }

    /// <summary>The button added to a card that has none.</summary>
    private protected virtual CardAction DefaultButton(string title, string formId) =>
        new CardActionData { FormId = formId }.ToSubmit(title);

    private static CardAction MarkAction(CardAction action, string formId) => action switch
    {
        SubmitAction submit => submit with { Data = Mark(submit.Data, formId) },
        ExecuteAction execute => execute with { Data = Mark(execute.Data, formId), Verb = execute.Verb ?? CardActionData.FormVerb },
        _ => action,
    };

    // The caller's own data is kept; the form id is added beside it.
    private static JsonElement Mark(JsonElement? data, string formId) =>
        ((data is { } existing ? CardActionData.FromData(existing) : new CardActionData()) with { FormId = formId }).ToJson();

    // A turn reads the prompt's state more than once (is it usable, then the answer), and its card is the
    // bulk of it: parsed once per node, each caller given its own copy to change.
    private static PromptState Load(DialogInstance instance)
    {
        var node = instance.State[StateKey];
        if (node is not null && instance.Parsed is { Node: var parsedFrom, Value: PromptState known } && ReferenceEquals(parsedFrom, node))
        {
            return known.Copy();
        }

        var state = node.Deserialize<PromptState>(DialogStateSerializer.JsonOptions)
            ?? throw new JsonException("The prompt's state is missing.");
        instance.Parsed = (node, state.Copy());
        return state;
    }

    private static void Save(DialogInstance instance, PromptState state)
    {
        var node = JsonSerializer.SerializeToNode(state, DialogStateSerializer.JsonOptions);
        instance.State[StateKey] = node;
        instance.Parsed = (node, state.Copy());
    }
}
