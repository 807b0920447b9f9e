namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// Marks a list the card may shorten to fit Teams' size limit: a <see cref="Container"/>'s items, a
/// <see cref="Table"/>'s rows (a header row stays) or an <see cref="AdaptiveCard"/>'s buttons. Not
/// part of the card's JSON. <see cref="CardFitter"/> drops rows from the end and says how many with
/// <see cref="MoreText"/>.
/// </summary>
/// <param name="MoreText">
/// The line for the rows not shown, in the card's language, with <c>{0}</c> for their number
/// (e.g. "… and {0} more").
/// </param>
/// <param name="Hidden">
/// Rows the builder already left out; when above zero, the list's last item (or row) is its
/// <see cref="MoreText"/> line, which <see cref="CardLists"/> adds.
/// </param>
public sealed record CardListOverflow(string MoreText, int Hidden = 0)
{
    /// <summary>The "and N more" line for <paramref name="count"/> rows not shown.</summary>
    public string Line(int count) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MoreText, count);
}
