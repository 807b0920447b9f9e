using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep;

/// <summary>Pieces the rep's cards share: headings and enum choices.</summary>
internal static class RepCardParts
{
    public static TextBlock Heading(string text) => new(text) { Size = "large", Weight = "bolder", Style = "heading" };

    /// <summary>"Customer · deal" for a card's Markdown (the rep's text escaped).</summary>
    public static string DealTitle(Deals.Deal deal, CultureInfo culture) =>
        CardText.Format(culture, RepText.Get("Deal.Pick.Item", culture), deal.Customer, deal.Name);

    /// <summary>"Customer · deal" as plain text (fallback texts, notifications, choice buttons).</summary>
    public static string PlainDealTitle(Deals.Deal deal, CultureInfo culture) =>
        RepText.Format("Deal.Pick.Item", culture, deal.Customer, deal.Name);

    /// <summary>"… and N more" under a list the card shortened.</summary>
    public static string AndMore(CultureInfo culture) => CoachingText.Get("Card.AndMore", culture);

    public static IReadOnlyList<Choice> EnumChoices<TEnum>(CultureInfo culture, Func<TEnum, bool>? include = null)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Where(v => include?.Invoke(v) ?? true).Select(v => new Choice(CoachingText.Label(v, culture), v.ToString()))];

    public static string? Joined<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        var list = values.Select(v => v.ToString()).ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }
}
