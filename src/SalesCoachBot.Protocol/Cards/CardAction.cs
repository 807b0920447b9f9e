using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>A button. The JSON <c>type</c> comes from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction(string Title)
{
    /// <summary>An id for the action.</summary>
    public string? Id { get; init; }

    /// <summary><c>default</c>, <c>positive</c> or <c>destructive</c>.</summary>
    public string? Style { get; init; }

    /// <summary>
    /// What a client that does not know this action shows instead: another action, or
    /// <c>"drop"</c>. Serialized as written.
    /// </summary>
    public object? Fallback { get; init; }
}
