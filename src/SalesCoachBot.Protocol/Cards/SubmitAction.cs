using System.Text.Json;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// <c>Action.Submit</c>: the client sends a message whose <c>value</c> is <see cref="Data"/> merged
/// with the card's inputs. Works in every Teams client and in the Agents Playground.
/// </summary>
public sealed record SubmitAction(string Title) : CardAction(Title)
{
    /// <summary>Data sent with the inputs.</summary>
    public JsonElement? Data { get; init; }

    /// <summary><c>auto</c> (validate inputs) or <c>none</c> (e.g. a Cancel button).</summary>
    public string? AssociatedInputs { get; init; }
}
