using System.Text.Json;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): the client sends an <c>adaptiveCard/action</c> invoke
/// and replaces the card with the one the bot returns.
/// </summary>
public sealed record ExecuteAction(string Title) : CardAction(Title)
{
    /// <summary>The verb the bot dispatches on.</summary>
    public string? Verb { get; init; }

    /// <summary>Data sent with the inputs.</summary>
    public JsonElement? Data { get; init; }

    /// <summary><c>auto</c> (validate inputs) or <c>none</c>.</summary>
    public string? AssociatedInputs { get; init; }
}
