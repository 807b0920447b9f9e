using System.Text.Json;
using System.Text.Json.Serialization;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>What a prompt keeps in its instance between turns.</summary>
internal sealed class PromptState
{
    public string? Prompt { get; set; }

    public string? RetryPrompt { get; set; }

    public string? Help { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>The card as sent (with the form marker), kept as JSON so it can be sent again as it was.</summary>
    [JsonConverter(typeof(EmbeddedJsonConverter))]
    public JsonElement? Card { get; set; }

    public string? FormId { get; set; }

    public int Attempts { get; set; }

    /// <summary>A copy to change without changing this one (the card is an immutable element, the choices a new list).</summary>
    public PromptState Copy() => new()
    {
        Prompt = Prompt,
        RetryPrompt = RetryPrompt,
        Help = Help,
        Choices = Choices is null ? null : [.. Choices],
        Card = Card,
        FormId = FormId,
        Attempts = Attempts,
    };
}
