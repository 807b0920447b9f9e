using System.Text.Json.Serialization;

namespace SalesCoachBot.Dialogs;

/// <summary>A conversation's dialog stack as it is stored between turns.</summary>
public sealed class DialogState
{
    /// <summary>
    /// The shape of the stored JSON this build writes. Raise it when <see cref="DialogInstance"/> or
    /// the engine's own state keys change: stacks with another version are reset, not misread.
    /// </summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The schema version the state was written with.</summary>
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>The stack; the last entry is the active dialog.</summary>
    public List<DialogInstance> Stack { get; set; } = [];

    /// <summary>Why the stored state could not be read (for logs), or null when it was read.</summary>
    [JsonIgnore]
    public string? LoadProblem { get; init; }
}
