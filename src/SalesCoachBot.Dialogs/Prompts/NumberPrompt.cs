using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Asks for a number; ends with a <see cref="decimal"/>. Understands the culture's separators,
/// full-width digits, Chinese numerals and 万/亿.
/// </summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    private protected override PromptRecognition<decimal> Recognize(DialogContext dc, PromptState state)
    {
        var activity = dc.Context.Activity;
        return activity.Type == ActivityTypes.Message && NumberRecognizer.TryRecognize(activity.TextWithoutBotMention(), dc.Culture, out var value)
            ? new PromptRecognition<decimal>(true, value)
            : new PromptRecognition<decimal>(false, default);
    }

    private protected override string RetryText(DialogTexts texts) => texts.RetryNumber;
}
