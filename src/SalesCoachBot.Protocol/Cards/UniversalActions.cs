using System.Text.Json;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// The one place that decides how a button goes on the wire: every <c>Action.Submit</c> a card
/// builder declares is sent as an <c>Action.Execute</c> (Universal Actions) with the same data,
/// so the client sends an <c>adaptiveCard/action</c> invoke and replaces the card with the bot's
/// answer. The verb is the button's command, else <see cref="CardActionData.FormVerb"/> (a client
/// refuses an <c>Action.Execute</c> without one). A client that still sends <c>Action.Submit</c>
/// messages is read the same way by <see cref="CardActionData.Read"/>.
/// </summary>
/// <remarks>
/// Works on the card's records before they are serialized, so a card is written once: a part of the
/// card with no button to change is kept as the same instance.
/// </remarks>
public static class UniversalActions
{
    /// <summary>The card with every <c>Action.Submit</c> (nested cards included) as an <c>Action.Execute</c>.</summary>
    public static AdaptiveCard Apply(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = Elements(card.Body);
        var actions = card.Actions is { } all ? Actions(all) : null;
        var refresh = card.Refresh is { Action: var action } r && Action(action) is ExecuteAction applied && !ReferenceEquals(applied, action)
            ? r with { Action = applied }
            : card.Refresh;
        return ReferenceEquals(body, card.Body) && ReferenceEquals(actions, card.Actions) && ReferenceEquals(refresh, card.Refresh)
            ? card
            : card with { Body = body, Actions = actions, Refresh = refresh };
    }

    private static CardAction Action(CardAction action) => action switch
    {
        SubmitAction submit => new ExecuteAction(submit.Title)
        {
            Id = submit.Id,
            Style = submit.Style,
            Fallback = submit.Fallback,
            Verb = VerbOf(submit.Data),
            Data = submit.Data,
            AssociatedInputs = submit.AssociatedInputs,
        },
        ExecuteAction { Verb: null } execute => execute with { Verb = VerbOf(execute.Data) },
        ShowCardAction show when Apply(show.Card) is var shown && !ReferenceEquals(shown, show.Card) => show with { Card = shown },
        _ => action,
    };

    private static CardAction? Select(CardAction? action) => action is null ? null : Action(action);

    private static IReadOnlyList<CardAction> Actions(IReadOnlyList<CardAction> actions) => Map(actions, Action);

    private static IReadOnlyList<CardElement> Elements(IReadOnlyList<CardElement> elements) => Map(elements, Element);

    private static CardElement Element(CardElement element)
    {
        switch (element)
        {
            case ActionSet set when Actions(set.Actions) is var actions && !ReferenceEquals(actions, set.Actions):
                return set with { Actions = actions };
            case Container container:
            {
                var items = Elements(container.Items);
                var select = Select(container.SelectAction);
                return ReferenceEquals(items, container.Items) && ReferenceEquals(select, container.SelectAction)
                    ? container
                    : container with { Items = items, SelectAction = select };
            }

            case Image image when Select(image.SelectAction) is var select && !ReferenceEquals(select, image.SelectAction):
                return image with { SelectAction = select };
            case ColumnSet set when Map(set.Columns, Column) is var columns && !ReferenceEquals(columns, set.Columns):
                return set with { Columns = columns };
            case Table table when Map(table.Rows, Row) is var rows && !ReferenceEquals(rows, table.Rows):
                return table with { Rows = rows };
            default:
                return element;
        }
    }

    private static Column Column(Column column) =>
        Elements(column.Items) is var items && !ReferenceEquals(items, column.Items) ? column with { Items = items } : column;

    private static TableRow Row(TableRow row) =>
        Map(row.Cells, Cell) is var cells && !ReferenceEquals(cells, row.Cells) ? row with { Cells = cells } : row;

    private static TableCell Cell(TableCell cell) =>
        Elements(cell.Items) is var items && !ReferenceEquals(items, cell.Items) ? cell with { Items = items } : cell;

    // The same list when no item changed; otherwise a new one.
    private static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> map)
        where T : class
    {
        T[]? changed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var mapped = map(item);
            if (changed is null && !ReferenceEquals(mapped, item))
            {
                changed = new T[items.Count];
                for (var j = 0; j < i; j++)
                {
                    changed[j] = items[j];
                }
            }

            if (changed is not null)
            {
                changed[i] = mapped;
            }
        }

        return changed ?? items;
    }

    private static string VerbOf(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } obj
            && obj.TryGetProperty("command", out var command)
            && command.ValueKind == JsonValueKind.String
            && command.GetString() is { Length: > 0 } verb
            ? verb
            : CardActionData.FormVerb;
}
