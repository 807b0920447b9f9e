using System.Text.Json.Nodes;

namespace SalesCoachBot.Dialogs;

/// <summary>One entry of a conversation's dialog stack, stored as JSON between turns.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog this instance belongs to.</summary>
    public required string Id { get; set; }

    /// <summary>The <see cref="Dialog.Version"/> the instance was created with.</summary>
    public int Version { get; set; } = 1;

    /// <summary>For waterfalls: the step the dialog is at.</summary>
    public int StepIndex { get; set; }

    /// <summary>The dialog's own state: any JSON values, keyed by name.</summary>
    public JsonObject State { get; set; } = [];

    /// <summary>The options the dialog was begun with, as JSON (used to restart it).</summary>
    public JsonNode? Options { get; set; }

    /// <summary>
    /// The id of the card this instance waits for an answer from, if any. A card submit that carries
    /// another form id is recognized as stale.
    /// </summary>
    public string? PendingFormId { get; set; }

    /// <summary>
    /// A value a dialog parsed from one node of <see cref="State"/> this turn, with that node: read
    /// again only if the node was replaced. Never stored (not public, so not serialized).
    /// </summary>
    internal (JsonNode? Node, object? Value) Parsed { get; set; }
}
