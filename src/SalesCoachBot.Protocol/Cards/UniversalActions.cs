using System.Text.Json.Nodes;

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

    /// <summary>Rewrites, in place, every <c>Action.Submit</c> under <paramref name="card"/> (nested cards included).</summary>
    public static JsonNode? Apply(JsonNode? card)
    {
        switch (card)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == Submit)
                {
                    obj["type"] = Execute;
                    obj["verb"] ??= VerbOf(obj["data"]);
                }
                else if (obj["type"] is JsonValue execute && execute.TryGetValue<string>(out var executeName) && executeName == Execute)
                {
                    obj["verb"] ??= VerbOf(obj["data"]);
                }

                foreach (var (_, value) in obj.ToList())
                {
                    Apply(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Apply(item);
                }

                break;
        }

        return card;
    }

    private static string VerbOf(JsonNode? data) =>
        data is JsonObject obj && obj["command"] is JsonValue command && command.TryGetValue<string>(out var verb) && verb.Length > 0
            ? verb
            : CardActionData.FormVerb;
}
