using System.Globalization;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>The reminder setting (a toggle and a local time), and the daily reminder itself.</summary>
internal static class PracticeReminderCard
{
    public const string EnabledInputId = "enabled";
    public const string TimeInputId = "time";
    public const string On = "on";
    public const string Off = "off";

    /// <summary>Half-hour slots from 06:00 to 22:30: enough choice without a free-text time to mistype.</summary>
    public static IReadOnlyList<TimeOnly> Slots { get; } = [.. Enumerable.Range(12, 34).Select(half => new TimeOnly(half / 2, half % 2 * 30))];

    public static AdaptiveCard Settings(PracticeReminder? current, TimeZoneInfo timeZone, CultureInfo culture)
    {
        var title = PracticeText.Get("Reminder.Title", culture);
        var at = current?.SendAt ?? PracticeReminderDefaults.SendAt;
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
                new TextBlock(PracticeText.Format("Reminder.Intro", culture, timeZone.Id)),
                new InputToggle(EnabledInputId, PracticeText.Get("Reminder.Toggle", culture))
                {
                    Value = current?.Enabled == true ? On : Off,
                    ValueOn = On,
                    ValueOff = Off,
                },
                new InputChoiceSet(TimeInputId, [.. Slots.Select(s => new Choice(Format(s), Format(s)))])
                {
                    Label = PracticeText.Get("Reminder.Time", culture),
                    Style = "compact",
                    Value = Format(at),
                },
            ],
            Actions = [new SubmitAction(PracticeText.Get("Reminder.Save", culture))],
            Lang = culture.Name,
            FallbackText = title,
        };
    }

    public static AdaptiveCard Daily(int due, int fresh, SubmitAction practiceButton, CultureInfo culture)
    {
        var title = PracticeText.Get("Reminder.DailyTitle", culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
                new TextBlock(PracticeText.Format("Reminder.DailyText", culture, due, fresh)),
                new TextBlock(PracticeText.Get("Reminder.DailyChange", culture)) { IsSubtle = true, Size = "small" },
            ],
            Actions = [practiceButton],
            Lang = culture.Name,
            FallbackText = title,
        };
    }

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
