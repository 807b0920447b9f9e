using SalesCoachBot.Protocol.Buffers;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// Keeps every card that is sent under Teams' message limit. A card that is too large loses rows
/// from the end of its marked lists (<see cref="CardListOverflow"/>), the same number at most from
/// each, until it fits, with an "and N more" line where rows went; when no number of rows fits, the
/// card's long texts (never an input's value) are clipped, and rows are fitted again. A card that
/// fits is sent as it is.
/// </summary>
public static class CardFitter
{
    /// <summary>
    /// The most UTF-8 bytes a card's JSON may take: Teams' limit for the whole message less what the
    /// activity around the card takes (ids, conversation, service URL, summary).
    /// </summary>
    public const int CardBudgetBytes = CardSerializer.MaxCardBytes - (2 * 1024);

    // Clipping, the last resort: texts longer than this many characters end with an ellipsis.
    private static readonly int[] ClipLengths = [200, 60, 20];

    /// <summary>The card, shortened if its JSON is over <paramref name="maxBytes"/>.</summary>
    public static AdaptiveCard Fit(AdaptiveCard card, int maxBytes = CardBudgetBytes)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (Size(card) <= maxBytes)
        {
            return card;
        }

        // As many rows as fit with the texts whole; then with the texts clipped, shorter each time.
        var fitted = card;
        foreach (var length in ClipLengths.Prepend(int.MaxValue))
        {
            var clipped = length == int.MaxValue ? card : Clip(card, length);
            fitted = CutToFit(clipped, maxBytes);
            if (Size(fitted) <= maxBytes)
            {
                return fitted;
            }
        }

        return fitted;
    }

    private static AdaptiveCard CutToFit(AdaptiveCard card, int maxBytes)
    {
        if (Size(card) <= maxBytes || LongestList(card) is not (> 0 and var longest))
        {
            return card;
        }

        // The largest number of rows per list that fits; 0 when even empty lists are too large.
        var (low, high) = (0, longest - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Size(Cut(card, middle)) <= maxBytes)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Cut(card, low);
    }

    /// <summary>The card's JSON size in UTF-8 bytes, as it is (not fitted).</summary>
    public static int Size(AdaptiveCard card)
    {
        using var buffer = new PooledBufferWriter();
        CardSerializer.Write(card, buffer);
        return buffer.WrittenCount;
    }

    private static int LongestList(AdaptiveCard card)
    {
        var longest = card.ActionsOverflow is not null ? card.Actions?.Count ?? 0 : 0;
        foreach (var element in Walk(card.Body))
        {
            longest = Math.Max(longest, element switch
            {
                Container { Overflow: { } o } c => RowsOf(c, o).Count,
                Table { Overflow: { } o } t => RowsOf(t, o).Count,
                _ => 0,
            });
        }

        return longest;
    }

    private static IEnumerable<CardElement> Walk(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            yield return element;
            var children = element switch
            {
                Container c => c.Items,
                ColumnSet s => s.Columns.SelectMany(column => column.Items),
                Table t => t.Rows.SelectMany(row => row.Cells).SelectMany(cell => cell.Items),
                _ => [],
            };
            foreach (var child in Walk(children))
            {
                yield return child;
            }
        }
    }

    // Every marked list keeps at most `keep` of its rows.
    private static AdaptiveCard Cut(AdaptiveCard card, int keep)
    {
        var body = card.Body.Select(e => Cut(e, keep)).ToList();
        var actions = card.Actions;
        if (card.ActionsOverflow is { } overflow && actions is { } all && all.Count > keep)
        {
            actions = [.. all.Take(keep)];
            body.Add(CardLists.MoreLine(overflow, all.Count - keep));
        }

        return card with { Body = body, Actions = actions };
    }

    private static CardElement Cut(CardElement element, int keep)
    {
        switch (element)
        {
            case Container container:
            {
                var items = container.Items.Select(e => Cut(e, keep)).ToList();
                if (container.Overflow is not { } overflow)
                {
                    return container with { Items = items };
                }

                var rows = overflow.Hidden > 0 ? items[..^1] : items;
                if (rows.Count <= keep)
                {
                    return container with { Items = items };
                }

                var hidden = overflow.Hidden + rows.Count - keep;
                return container with { Items = CardLists.WithMore(rows[..keep], overflow, hidden), Overflow = overflow with { Hidden = hidden } };
            }

            case ColumnSet set:
                return set with { Columns = [.. set.Columns.Select(c => c with { Items = [.. c.Items.Select(e => Cut(e, keep))] })] };

            case Table table:
            {
                var cut = table.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Items = [.. c.Items.Select(e => Cut(e, keep))] })] }).ToList();
                if (table.Overflow is not { } overflow)
                {
                    return table with { Rows = cut };
                }

                var header = table.FirstRowAsHeader == true && cut.Count > 0 ? 1 : 0;
                var rows = cut.Skip(header).Take(cut.Count - header - (overflow.Hidden > 0 ? 1 : 0)).ToList();
                if (rows.Count <= keep)
                {
                    return table with { Rows = cut };
                }

                var hidden = overflow.Hidden + rows.Count - keep;
                var more = new TableRow([new TableCell([CardLists.MoreLine(overflow, hidden)])]);
                return table with { Rows = [.. cut.Take(header), .. rows.Take(keep), more], Overflow = overflow with { Hidden = hidden } };
            }

            default:
                return element;
        }
    }

    private static IReadOnlyList<CardElement> RowsOf(Container container, CardListOverflow overflow) =>
        overflow.Hidden > 0 ? [.. container.Items.Take(container.Items.Count - 1)] : container.Items;

    private static IReadOnlyList<TableRow> RowsOf(Table table, CardListOverflow overflow)
    {
        var header = table.FirstRowAsHeader == true && table.Rows.Count > 0 ? 1 : 0;
        return [.. table.Rows.Skip(header).Take(table.Rows.Count - header - (overflow.Hidden > 0 ? 1 : 0))];
    }

    private static AdaptiveCard Clip(AdaptiveCard card, int length) =>
        card with { Body = [.. card.Body.Select(e => Clip(e, length))] };

    private static CardElement Clip(CardElement element, int length) => element switch
    {
        TextBlock text => text with { Text = Clip(text.Text, length) },
        FactSet facts => facts with { Facts = [.. facts.Facts.Select(f => new Fact(Clip(f.Title, length), Clip(f.Value, length)))] },
        Container c => c with { Items = [.. c.Items.Select(e => Clip(e, length))] },
        ColumnSet s => s with { Columns = [.. s.Columns.Select(c => c with { Items = [.. c.Items.Select(e => Clip(e, length))] })] },
        Table t => t with { Rows = [.. t.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Items = [.. c.Items.Select(e => Clip(e, length))] })] })] },
        // Display only: an input keeps its value, a choice its value.
        InputChoiceSet choices => choices with { Label = ClipOrNull(choices.Label, length), Choices = [.. choices.Choices.Select(c => c with { Title = Clip(c.Title, length) })] },
        CardInput input => input with { Label = ClipOrNull(input.Label, length) },
        _ => element,
    };

    private static string? ClipOrNull(string? text, int length) => text is null ? null : Clip(text, length);

    private static string Clip(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        var kept = text[..end];
        // An escape cut in half would escape the ellipsis instead of the character it was for.
        var backslashes = kept.Length - kept.TrimEnd('\\').Length;
        return (backslashes % 2 == 1 ? kept[..^1] : kept) + "…";
    }
}
