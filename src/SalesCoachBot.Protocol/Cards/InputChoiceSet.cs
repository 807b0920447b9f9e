namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// A pick list, radio buttons (<c>style: expanded</c>) or check boxes (<see cref="IsMultiSelect"/>;
/// the submitted value is then the chosen values joined by commas).
/// </summary>
public sealed record InputChoiceSet : CardInput
{
    /// <summary>Creates a choice set with the given id and options.</summary>
    public InputChoiceSet(string id, IReadOnlyList<Choice> choices) : base(id) => Choices = choices;

    /// <summary>The options.</summary>
    public IReadOnlyList<Choice> Choices { get; init; }

    /// <summary>Allow several choices.</summary>
    public bool? IsMultiSelect { get; init; }

    /// <summary><c>compact</c> (drop-down) or <c>expanded</c> (radio buttons / check boxes).</summary>
    public string? Style { get; init; }

    /// <summary>The initially chosen value(s), comma-separated.</summary>
    public string? Value { get; init; }

    /// <summary>Hint shown while nothing is chosen.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Wrap long option titles.</summary>
    public bool? Wrap { get; init; } = true;
}
