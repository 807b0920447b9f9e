namespace SalesCoachBot.Web.Turns;

/// <summary>
/// Remembers which activities have already been taken on, so that a redelivery (Teams retries a
/// request it got no answer to within 15 s, with the same activity id) is acknowledged and not
/// processed twice. Behind an interface so several instances can share a database-backed one later.
/// </summary>
internal interface IActivityDeduplicator
{
    /// <summary>
    /// Claims <paramref name="key"/>: true for the first caller within the remembering window,
    /// false for every later (or concurrent) caller with the same key.
    /// </summary>
    ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken);
}
