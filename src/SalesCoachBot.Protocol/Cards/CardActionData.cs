using System.Text.Json;
using System.Text.Json.Serialization;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// What a card button carries, and what comes back when it is pressed: the button's data merged with
/// the card's inputs. The one place that knows the data's keys: buttons get their <c>data</c> from
/// <see cref="ToJson"/> (or <see cref="ToSubmit"/> / <see cref="ToExecute"/>), and every reader
/// takes it from <see cref="Read"/>, which accepts both an <c>Action.Submit</c> message
/// (<c>value</c>) and an <c>adaptiveCard/action</c> invoke (<c>value.action.data</c>, with its
/// <c>verb</c>). Serialized (e.g. as a dialog's options) it is the wire object itself.
/// </summary>
/// <remarks>
/// The keys are those the bot's cards have always used, so cards still open in a chat keep working:
/// <c>command</c>, <c>action</c>, <c>dealId</c> (also read from the older <c>deal</c>),
/// <c>personId</c>, <c>rep</c>, <c>dialogForm</c>, <c>dialogChoice</c>. A card input whose id is one
/// of them is read into that property; its value is still in <see cref="ToJson"/>.
/// </remarks>
[JsonConverter(typeof(CardActionDataJsonConverter))]
public sealed record CardActionData
{
    /// <summary>The verb of the dialog engine's own <c>Action.Execute</c> form buttons.</summary>
    public const string FormVerb = FormKey;

    /// <summary>The verb (and <see cref="Action"/>) of a card's <c>refresh</c>: answer with the card as it is now, change nothing.</summary>
    public const string RefreshVerb = "refresh";

    /// <summary>The id of a choice input whose value comes back as <see cref="Choice"/>.</summary>
    public const string ChoiceInputId = ChoiceKey;

    private const string CommandKey = "command";
    private const string ActionKey = "action";
    private const string DealKey = "dealId";
    private const string LegacyDealKey = "deal";
    private const string PersonKey = "personId";
    private const string RepKey = "rep";
    private const string FormKey = "dialogForm";
    private const string ChoiceKey = "dialogChoice";

    // Teams' own routing hints on an Action.Submit (messageBack, imBack, invoke): not the bot's data.
    private const string TeamsKey = "msteams";

    private static readonly HashSet<string> ReservedKeys = new(StringComparer.Ordinal)
    {
        CommandKey, ActionKey, DealKey, LegacyDealKey, PersonKey, RepKey, FormKey, ChoiceKey, TeamsKey,
    };

    private static readonly Dictionary<string, JsonElement> NoInputs = [];

    /// <summary>The command the button starts, e.g. <c>prep</c>.</summary>
    public string? Command { get; init; }

    /// <summary>What the command's dialog should do with it, e.g. <c>ping</c>.</summary>
    public string? Action { get; init; }

    /// <summary>The deal the button is about.</summary>
    public string? DealId { get; init; }

    /// <summary>The person (stakeholder) the button is about.</summary>
    public string? PersonId { get; init; }

    /// <summary>The rep (a user id) the button is about.</summary>
    public string? RepId { get; init; }

    /// <summary>The dialog engine's form id, to tell a live card from a stale one.</summary>
    public string? FormId { get; init; }

    /// <summary>The value a choice button or <see cref="ChoiceInputId"/> input submitted.</summary>
    public string? Choice { get; init; }

    /// <summary>The verb of the <c>Action.Execute</c> pressed (not part of the data; null for a submit).</summary>
    public string? Verb { get; init; }

    /// <summary>The title of the <c>Action.Execute</c> pressed, as the client reports it (not part of the data; null for a submit).</summary>
    public string? Title { get; init; }

    /// <summary>True for the invoke a card's <c>refresh</c> sends (<see cref="RefreshVerb"/>).</summary>
    public bool IsRefresh => Verb == RefreshVerb || Action == RefreshVerb;

    /// <summary>Every other value: the card's inputs and a feature's own button values, by id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Inputs { get; init; } = NoInputs;

    /// <summary>The string value of the input <paramref name="id"/>, or null.</summary>
    public string? Input(string id) =>
        Inputs.TryGetValue(id, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A copy with the value <paramref name="value"/> for <paramref name="id"/>; an id of the contract's own is refused.</summary>
    public CardActionData WithInput(string id, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(value);
        if (ReservedKeys.Contains(id))
        {
            throw new ArgumentException($"'{id}' is a key of the card action contract; set its property instead.", nameof(id));
        }

        return this with { Inputs = new Dictionary<string, JsonElement>(Inputs, StringComparer.Ordinal) { [id] = JsonSerializer.SerializeToElement(value, ProtocolJson.Options) } };
    }

    /// <summary>
    /// The data of a card action: an <c>Action.Submit</c> message's <c>value</c> or an
    /// <c>adaptiveCard/action</c> invoke's <c>value.action.data</c>. Null when the activity is no card action.
    /// </summary>
    public static CardActionData? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            return FromData(value);
        }

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
            && string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.Ordinal)
            && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? FromData(d) : new CardActionData();
            return data with
            {
                Verb = action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String ? verb.GetString() : null,
                Title = action.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null,
            };
        }

        return null;
    }

    /// <summary>Reads a <c>data</c> object (as <see cref="ToJson"/> writes it); anything but an object reads as empty.</summary>
    public static CardActionData FromData(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return new CardActionData();
        }

        var inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name == TeamsKey)
            {
                continue;
            }

            if (ReservedKeys.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String)
            {
                known[property.Name] = property.Value.GetString()!;
            }
            else
            {
                inputs[property.Name] = property.Value.Clone();
            }
        }

        return new CardActionData
        {
            Command = known.GetValueOrDefault(CommandKey),
            Action = known.GetValueOrDefault(ActionKey),
            DealId = known.GetValueOrDefault(DealKey) ?? known.GetValueOrDefault(LegacyDealKey),
            PersonId = known.GetValueOrDefault(PersonKey),
            RepId = known.GetValueOrDefault(RepKey),
            FormId = known.GetValueOrDefault(FormKey),
            Choice = known.GetValueOrDefault(ChoiceKey),
            Inputs = inputs,
        };
    }

    /// <summary>The <c>data</c> object of a button (and the form the engine hands a dialog).</summary>
    public JsonElement ToJson()
    {
        var data = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Add(data, CommandKey, Command);
        Add(data, ActionKey, Action);
        Add(data, DealKey, DealId);
        Add(data, PersonKey, PersonId);
        Add(data, RepKey, RepId);
        Add(data, FormKey, FormId);
        Add(data, ChoiceKey, Choice);
        foreach (var (id, value) in Inputs)
        {
            data.TryAdd(id, value);
        }

        return JsonSerializer.SerializeToElement(data, ProtocolJson.Options);
    }

    /// <summary>An <c>Action.Submit</c> titled <paramref name="title"/> carrying this data.</summary>
    public SubmitAction ToSubmit(string title) => new(title) { Data = ToJson() };

    /// <summary>An <c>Action.Execute</c> titled <paramref name="title"/> carrying this data; its verb is <see cref="Verb"/>, else the command, else <see cref="FormVerb"/>.</summary>
    public ExecuteAction ToExecute(string title) => new(title) { Verb = Verb ?? Command ?? FormVerb, Data = ToJson() };

    private static void Add(Dictionary<string, JsonElement> data, string key, string? value)
    {
        if (value is not null)
        {
            data[key] = JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
        }
    }
}
