using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons or a choice set. The
/// answer may be a button, the choice set's submit, or typed: the option's number, title or value.
/// Ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    /// <summary>How the options are shown.</summary>
    public ChoiceStyle Style { get; init; } = ChoiceStyle.Buttons;

    private protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, PromptState state)
    {
        var choices = state.Choices ?? [];
        var activity = dc.Context.Activity;
        if (CardActionData.Read(activity)?.Choice is { } submitted)
        {
            var index = choices.FindIndex(c => string.Equals(c.Value, submitted, StringComparison.Ordinal));
            return index >= 0 ? Found(choices, index) : new PromptRecognition<FoundChoice>(false, default);
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return new PromptRecognition<FoundChoice>(false, default);
        }

        var text = TextNormalizer.Normalize(activity.TextWithoutBotMention());
        if (text.Length == 0)
        {
            return new PromptRecognition<FoundChoice>(false, default);
        }

        var byName = choices.FindIndex(c => TextNormalizer.Normalize(c.Title) == text || TextNormalizer.Normalize(c.Value) == text);
        if (byName >= 0)
        {
            return Found(choices, byName);
        }

        return NumberRecognizer.TryRecognize(text, dc.Culture, out var number) && number == decimal.Truncate(number) && number >= 1 && number <= choices.Count
            ? Found(choices, (int)number - 1)
            : new PromptRecognition<FoundChoice>(false, default);
    }

    private protected override string RetryText(DialogTexts texts) => texts.RetryChoice;

    private protected override AdaptiveCard BuildCard(DialogContext dc, PromptOptions options, PromptState state)
    {
        var choices = options.Choices ?? [];
        var question = new TextBlock(options.Prompt ?? string.Empty);
        if (Style == ChoiceStyle.ChoiceSet)
        {
            return new AdaptiveCard
            {
                Body = [question, new InputChoiceSet(CardActionData.ChoiceInputId, choices) { Placeholder = dc.Texts.ChoicePlaceholder, IsRequired = true }],
                FallbackText = options.Prompt,
            };
        }

        // Too many buttons for the message: the last ones give way to a line that says so; a choice
        // not shown can still be typed (by name or number).
        return CardLists.WithListedActions(new AdaptiveCard
        {
            Body = [question],
            Actions = [.. choices.Select(c => new CardActionData { Choice = c.Value }.ToSubmit(c.Title))],
            FallbackText = options.Prompt,
        }, dc.Texts.ChoicesMore);
    }

    private static PromptRecognition<FoundChoice> Found(List<Choice> choices, int index) =>
        new PromptRecognition<FoundChoice>(true, new FoundChoice(index, choices[index].Value, choices[index].Title));
}
