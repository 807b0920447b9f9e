using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Dialogs;

/// <summary>Settings of the dialog engine (configuration section <c>Dialogs</c>).</summary>
public sealed class DialogsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Dialogs";

    /// <summary>How many answers a prompt accepts before it gives up with a "too many attempts" result.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;
}
