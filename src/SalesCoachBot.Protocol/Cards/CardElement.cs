using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>An element of an Adaptive Card body. The JSON <c>type</c> comes from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
public abstract record CardElement
{
    /// <summary>A unique id within the card (required for inputs).</summary>
    public string? Id { get; init; }

    /// <summary>Space above the element: <c>none</c>, <c>small</c>, <c>default</c>, <c>medium</c>, <c>large</c>…</summary>
    public string? Spacing { get; init; }

    /// <summary>Draw a line above the element.</summary>
    public bool? Separator { get; init; }

    /// <summary>Hidden elements can be shown by <c>Action.ToggleVisibility</c>.</summary>
    public bool? IsVisible { get; init; }
}
