namespace SalesCoachBot.PowerMap;

/// <summary>
/// Where published pictures wait to be fetched. The bot keeps them in its database (Data's store),
/// so a link one instance hands out is served by any other; <see cref="PowerMapImageStore"/> keeps
/// them in memory for a host without a database.
/// </summary>
public interface IPowerMapImageStore
{
    /// <summary>Keeps <paramref name="png"/> for <see cref="PowerMapOptions.ImageLifetime"/>, at once, and returns its new token.</summary>
    Task<string> AddAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken);

    /// <summary>The picture under <paramref name="token"/>, or null when unknown, malformed or expired.</summary>
    Task<PowerMapImage?> FindAsync(string token, CancellationToken cancellationToken);

    /// <summary>Deletes the expired pictures; returns how many.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}
