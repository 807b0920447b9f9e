namespace SalesCoachBot.Protocol.Cards;

/// <summary>A date picker; values are <c>yyyy-MM-dd</c>.</summary>
public sealed record InputDate : CardInput
{
    /// <summary>Creates a date picker with the given id.</summary>
    public InputDate(string id) : base(id) { }

    /// <summary>The initial value, <c>yyyy-MM-dd</c>.</summary>
    public string? Value { get; init; }

    /// <summary>The earliest date accepted.</summary>
    public string? Min { get; init; }

    /// <summary>The latest date accepted.</summary>
    public string? Max { get; init; }
}
