using System.Globalization;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep;

/// <summary>Pieces the rep's cards share: headings, enum choices, command buttons.</summary>
internal static class RepCardParts
{
    public static TextBlock Heading(string text) => new(text) { Size = "large", Weight = "bolder", Style = "heading" };

    public static IReadOnlyList<Choice> EnumChoices<TEnum>(CultureInfo culture, Func<TEnum, bool>? include = null)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Where(v => include?.Invoke(v) ?? true).Select(v => new Choice(CoachingText.Label(v, culture), v.ToString()))];

    public static string? Joined<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        var list = values.Select(v => v.ToString()).ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }

    /// <summary>A button that starts the rep command <paramref name="command"/> with its data (deal, person).</summary>
    public static SubmitAction CommandButton(string command, string title, Guid dealId, string? personId = null)
    {
        var data = new Dictionary<string, string>
        {
            [CoachCommandRecognizer.CommandDataKey] = command,
            ["dealId"] = dealId.ToString("D"),
        };
        if (personId is not null)
        {
            data["personId"] = personId;
        }

        return new SubmitAction(title) { Data = CardSerializer.Data(data) };
    }
}
