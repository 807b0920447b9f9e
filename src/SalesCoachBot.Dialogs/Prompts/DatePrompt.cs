using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Asks for a date; ends with a <see cref="DateOnly"/>. Relative answers ("明天", "tomorrow") count
/// from today in the user's time zone (<see cref="DialogContext.UserTimeZone"/>) on the engine's clock.
/// </summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    private protected override PromptRecognition<DateOnly> Recognize(DialogContext dc, PromptState state)
    {
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return new PromptRecognition<DateOnly>(false, default);
        }

        var now = TimeZoneInfo.ConvertTime(dc.TimeProvider.GetUtcNow(), dc.UserTimeZone);
        var today = DateOnly.FromDateTime(now.DateTime);
        return DateRecognizer.TryRecognize(activity.TextWithoutBotMention(), dc.Culture, today, out var date)
            ? new PromptRecognition<DateOnly>(true, date)
            : new PromptRecognition<DateOnly>(false, default);
    }

    private protected override string RetryText(DialogTexts texts) => texts.RetryDate;
}
