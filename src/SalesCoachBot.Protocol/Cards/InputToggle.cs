namespace SalesCoachBot.Protocol.Cards;

/// <summary>A check box.</summary>
public sealed record InputToggle : CardInput
{
    /// <summary>Creates a check box with the given id and caption.</summary>
    public InputToggle(string id, string title) : base(id) => Title = title;

    /// <summary>The caption next to the box.</summary>
    public string Title { get; init; }

    /// <summary>The initial value (<c>"true"</c> or <c>"false"</c> unless overridden).</summary>
    public string? Value { get; init; }

    /// <summary>The value when checked.</summary>
    public string? ValueOn { get; init; }

    /// <summary>The value when not checked.</summary>
    public string? ValueOff { get; init; }

    /// <summary>Wrap the caption.</summary>
    public bool? Wrap { get; init; } = true;
}
