namespace SalesCoachBot.Protocol.Cards;

/// <summary>Builds the lists <see cref="CardFitter"/> may shorten (see <see cref="CardListOverflow"/>).</summary>
public static class CardLists
{
    /// <summary>
    /// The rows in one container. <paramref name="hidden"/> rows the caller left out are said with
    /// <paramref name="moreText"/> below them.
    /// </summary>
    public static Container Rows(IEnumerable<CardElement> rows, string moreText, int hidden = 0)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var overflow = new CardListOverflow(moreText, Math.Max(0, hidden));
        return new Container(WithMore([.. rows], overflow, overflow.Hidden)) { Overflow = overflow };
    }

    /// <summary>The table's rows marked as a list (its header row, if it has one, always stays).</summary>
    public static Table Marked(Table table, string moreText)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table with { Overflow = new CardListOverflow(moreText) };
    }

    /// <summary>The card's buttons marked as a list (e.g. one button per choice).</summary>
    public static AdaptiveCard WithListedActions(AdaptiveCard card, string moreText)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card with { ActionsOverflow = new CardListOverflow(moreText) };
    }

    internal static IReadOnlyList<CardElement> WithMore(IReadOnlyList<CardElement> rows, CardListOverflow overflow, int hidden) =>
        hidden > 0 ? [.. rows, MoreLine(overflow, hidden)] : rows;

    internal static TextBlock MoreLine(CardListOverflow overflow, int hidden) =>
        new(overflow.Line(hidden)) { IsSubtle = true, Spacing = "small" };
}
