namespace SalesCoachBot.Dialogs.State;

/// <summary>A loaded stack and the concurrency token to save it back with.</summary>
/// <param name="State">The state (empty when none was stored).</param>
/// <param name="ConcurrencyToken">The stored row's token; null when nothing was stored.</param>
public sealed record DialogStateLoad(DialogState State, string? ConcurrencyToken);
