namespace SalesCoachBot.Coaching.Manager.Link;

/// <summary>
/// At most <see cref="MaxPerWindow"/> manager look-ups per user per <see cref="Window"/> across all
/// instances (counted in the shared <see cref="ILookupWindowStore"/>), so the <c>manager</c> command
/// cannot be used to probe which addresses of the company use the bot, not even through a load
/// balancer's several instances.
/// </summary>
internal sealed class ManagerLookupLimiter(ILookupWindowStore windows, TimeProvider timeProvider)
{
    public const int MaxPerWindow = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>True, and the look-up counted, when <paramref name="userId"/> may look someone up now.</summary>
    public async Task<bool> TryAcquireAsync(string userId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var count = await windows.CountAsync(Key(userId), now, Window, cancellationToken).ConfigureAwait(false);
        if (count == 1)
        {
            // A new window: a good moment to drop the windows nobody used for a while (one row per user at most).
            await windows.PurgeAsync(now - Window, cancellationToken).ConfigureAwait(false);
        }

        return count <= MaxPerWindow;
    }

    private static string Key(string userId) => $"manager-lookup:{userId}";
}
