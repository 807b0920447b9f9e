using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoachBot.Data.Entities.PowerMap;
using SalesCoachBot.PowerMap;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// Published pictures in the database, so whichever instance a Teams client reaches serves the
/// link another one handed out. Each call uses a context of its own and commits at once: the card
/// showing the link goes out before the turn's own writes are committed. Adding a picture deletes
/// the expired ones (the publish rate bounds the table); <see cref="PurgeExpiredAsync"/> does it on demand.
/// </summary>
internal sealed class EfPowerMapImageStore(IServiceScopeFactory scopes, IOptions<PowerMapOptions> options, TimeProvider timeProvider) : IPowerMapImageStore
{
    public async Task<string> AddAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken)
    {
        var token = PowerMapImageStore.NewToken();
        var now = timeProvider.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
        await PurgeAsync(db, now, cancellationToken).ConfigureAwait(false);
        db.PowerMapImages.Add(new PowerMapImageEntity
        {
            Token = token,
            Png = png.ToArray(),
            ExpiresAtMs = (now + options.Value.ImageLifetime).ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }

    public async Task<PowerMapImage?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!PowerMapImageStore.IsWellFormedToken(token))
        {
            return null;
        }

        var nowMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
        var row = await db.PowerMapImages.AsNoTracking()
            .Where(i => i.Token == token && i.ExpiresAtMs > nowMs)
            .Select(i => new { i.Png, i.ExpiresAtMs })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new PowerMapImage(row.Png, DateTimeOffset.FromUnixTimeMilliseconds(row.ExpiresAtMs));
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
        return await PurgeAsync(db, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> PurgeAsync(SalesCoachDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        return db.PowerMapImages.Where(i => i.ExpiresAtMs <= nowMs).ExecuteDeleteAsync(cancellationToken);
    }
}
