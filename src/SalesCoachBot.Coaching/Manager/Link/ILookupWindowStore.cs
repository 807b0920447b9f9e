namespace SalesCoachBot.Coaching.Manager.Link;

/// <summary>
/// Look-ups counted per key in fixed windows, shared by every instance. Takes effect at once, outside
/// the unit of work, since it is what keeps a user from spreading look-ups over several instances.
/// </summary>
public interface ILookupWindowStore
{
    /// <summary>
    /// Counts one look-up under <paramref name="key"/> at <paramref name="now"/>, atomically: in the key's
    /// current window, or in a new one starting now when the last began <paramref name="window"/> or more
    /// ago. Returns the count in that window, this look-up included.
    /// </summary>
    Task<int> CountAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Forgets the windows that began before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
