using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// The one place that decides how a button goes on the wire: every <c>Action.Submit</c> a card
/// builder declares is written as an <c>Action.Execute</c> (Universal Actions) with the same data,
/// so the client sends an <c>adaptiveCard/action</c> invoke and replaces the card with the bot's
/// answer. The verb is the button's command, else <see cref="CardActionData.FormVerb"/> (a client
/// refuses an <c>Action.Execute</c> without one). A client that still sends <c>Action.Submit</c>
/// messages is read the same way by <see cref="CardActionData.Read"/>.
/// </summary>
public static class UniversalActions
{
    private const string Submit = "Action.Submit";
    private const string Execute = "Action.Execute";

    /// <summary>Rewrites every <c>Action.Submit</c> under <paramref name="card"/> (nested cards included); returns the node to use.</summary>
    public static JsonNode? Apply(JsonNode? card)
    {
        switch (card)
        {
            case JsonObject obj when TypeOf(obj) is Submit or Execute && (TypeOf(obj) == Submit || obj["verb"] is null):
                obj["type"] = Execute;
                obj["verb"] ??= VerbOf(obj["data"]);
                // Through the record, so the action is written in its usual property order.
                var action = obj.Deserialize<CardAction>(ProtocolJson.Options)!;
                return JsonSerializer.SerializeToNode(action, ProtocolJson.Options);
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    var applied = Apply(value);
                    if (!ReferenceEquals(applied, value))
                    {
                        obj[key] = applied;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var applied = Apply(array[i]);
                    if (!ReferenceEquals(applied, array[i]))
                    {
                        array[i] = applied;
                    }
                }

                break;
        }

        return card;
    }

    private static string? TypeOf(JsonObject obj) =>
        obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) ? name : null;

    private static string VerbOf(JsonNode? data) =>
        data is JsonObject obj && obj["command"] is JsonValue command && command.TryGetValue<string>(out var verb) && verb.Length > 0
            ? verb
            : CardActionData.FormVerb;
}
