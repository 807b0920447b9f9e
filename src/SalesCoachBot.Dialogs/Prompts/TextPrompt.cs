using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>Asks for free text; ends with the text the user typed (bot mention removed, trimmed).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    private protected override PromptRecognition<string> Recognize(DialogContext dc, PromptState state)
    {
        var activity = dc.Context.Activity;
        var text = activity.Type == ActivityTypes.Message ? activity.TextWithoutBotMention() : string.Empty;
        return text.Length > 0 ? new PromptRecognition<string>(true, text) : new PromptRecognition<string>(false, default);
    }

    private protected override string RetryText(DialogTexts texts) => texts.RetryText;
}
