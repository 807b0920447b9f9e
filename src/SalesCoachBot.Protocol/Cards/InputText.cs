namespace SalesCoachBot.Protocol.Cards;

/// <summary>A text box.</summary>
public sealed record InputText : CardInput
{
    /// <summary>Creates a text box with the given id.</summary>
    public InputText(string id) : base(id) { }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The initial value.</summary>
    public string? Value { get; init; }

    /// <summary>Allow several lines.</summary>
    public bool? IsMultiline { get; init; }

    /// <summary>The longest text accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the value must match.</summary>
    public string? Regex { get; init; }
}
