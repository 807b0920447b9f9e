using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// The daily practice reminder setting (提醒 / remind): a card with an on/off toggle and a local
/// time; saving it confirms in words what was set.
/// </summary>
internal sealed class PracticeReminderDialog : WaterfallDialog
{
    public const string DialogId = "practice.reminder";
    public const string FormPromptId = "practice.reminder.form";

    public PracticeReminderDialog(IPracticeStore store)
        : base(DialogId, [(step, ct) => AskAsync(store, step, ct), (step, ct) => SaveAsync(store, step, ct)]) =>
        Help = culture => PracticeText.Get("Reminder.Help", culture);

    private static async Task<DialogTurnResult> AskAsync(IPracticeStore store, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var current = await store.FindReminderAsync(UserId(step), cancellationToken).ConfigureAwait(false);
        var culture = step.Culture;
        return await step.PromptAsync(FormPromptId, new PromptOptions
        {
            Prompt = PracticeText.Get("Reminder.Title", culture),
            RetryPrompt = PracticeText.Get("Reminder.Retry", culture),
            Help = PracticeText.Get("Reminder.Help", culture),
            Card = PracticeReminderCard.Settings(current, step.DialogContext.UserTimeZone, culture),
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> SaveAsync(IPracticeStore store, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var (enabled, at) = Read(step.ResultAs<JsonElement>())!.Value;
        await store.SaveReminderAsync(new PracticeReminder(UserId(step), enabled, at), cancellationToken).ConfigureAwait(false);
        var text = enabled
            ? PracticeText.Format("Reminder.SavedOn", step.Culture, PracticeReminderCard.Format(at), step.DialogContext.UserTimeZone.Id)
            : PracticeText.Get("Reminder.SavedOff", step.Culture);
        await step.Context.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The form's answer: the toggle and one of the offered times.</summary>
    public static Task<bool> ValidateAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var ok = Read(prompt.Recognized.Value) is not null;
        if (!ok)
        {
            prompt.RetryMessage = PracticeText.Get("Reminder.Retry", prompt.Culture);
        }

        return Task.FromResult(ok);
    }

    private static (bool Enabled, TimeOnly At)? Read(JsonElement inputs)
    {
        if (inputs.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var enabled = inputs.TryGetProperty(PracticeReminderCard.EnabledInputId, out var toggle) && toggle.ValueKind == JsonValueKind.String
            ? toggle.GetString()
            : null;
        var time = inputs.TryGetProperty(PracticeReminderCard.TimeInputId, out var chosen) && chosen.ValueKind == JsonValueKind.String
            && TimeOnly.TryParseExact(chosen.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && PracticeReminderCard.Slots.Contains(parsed)
                ? parsed
                : (TimeOnly?)null;
        return enabled is PracticeReminderCard.On or PracticeReminderCard.Off && time is { } at
            ? (enabled == PracticeReminderCard.On, at)
            : null;
    }

    private static string UserId(WaterfallStepContext step) =>
        step.Context.Activity.From?.Id ?? throw new InvalidOperationException("A reminder turn needs the user's id.");
}
