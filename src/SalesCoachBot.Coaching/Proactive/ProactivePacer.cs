using Microsoft.Extensions.Options;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Keeps the proactive sends of all instances together under Teams' limits (per tenant, per
/// conversation), through starts reserved in the shared <see cref="ISendPacingStore"/>.
/// <para>
/// For a limit of L requests a second, starts under one key are reserved at a rate r with bursts of
/// B (<see cref="Budget"/>: B = ⌊L/10⌋, 5 for L = 50), and a send only goes while it is less than half
/// an interval past its reserved start, else it reserves again. Teams counts requests as they arrive,
/// and on the way a request can be held up by up to J (<see cref="ProactiveOptions.ArrivalJitter"/>:
/// a busy machine, a new connection) while the next ones are not. n requests arriving within one
/// second then have reserved starts spanning less than 1 + J + 1/(2r) s and at least (n − B)/r s, so
/// n &lt; B + r(1 + J) + ½; with r = (L − B − 1)/(1 + J) that is n &lt; L − ½: at most L − 1.
/// With L = 50 and J = 250 ms that is 35 sends a second per tenant, 126 720 an hour, and many tenants in parallel.
/// </para>
/// </summary>
public sealed class ProactivePacer(ISendPacingStore store, IOptions<ProactiveOptions> options, TimeProvider timeProvider)
{
    /// <summary>Reservations given up (the conversation or the clock moved past them) before the send gets its own.</summary>
    private const int MaxReservations = 20;

    private static readonly TimeSpan KeepKeys = TimeSpan.FromHours(1);
    private static long s_lastPurgeTicks;

    /// <summary>The spacing of starts and the burst that keep any one second under <paramref name="limitPerSecond"/>.</summary>
    public static (TimeSpan Interval, int Burst) Budget(double limitPerSecond, TimeSpan arrivalJitter)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(arrivalJitter, TimeSpan.Zero);
        var burst = limitPerSecond >= 10 ? (int)Math.Floor(limitPerSecond / 10) : limitPerSecond >= 4 ? 2 : 1;
        var stretch = 1 + arrivalJitter.TotalSeconds;
        var rate = Math.Max(limitPerSecond - burst - 1, limitPerSecond / 2) / stretch;
        return (TimeSpan.FromSeconds(1 / rate), burst);
    }

    /// <summary>Waits until this instance may send to <paramref name="conversationId"/> in <paramref name="tenantId"/>.</summary>
    public async Task WaitForTurnAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var tenantKey = "tenant:" + tenantId;
        var conversationKey = "conversation:" + conversationId;
        var (tenantInterval, tenantBurst) = Budget(settings.TenantMessagesPerSecond, settings.ArrivalJitter);
        var (conversationInterval, conversationBurst) = Budget(settings.ConversationMessagesPerSecond, settings.ArrivalJitter);
        await PurgeNowAndThenAsync(cancellationToken).ConfigureAwait(false);

        var notBefore = timeProvider.GetUtcNow();
        for (var reservation = 0; reservation < MaxReservations; reservation++)
        {
            var tenant = await store.ReserveAsync(tenantKey, notBefore, tenantInterval, tenantBurst, cancellationToken).ConfigureAwait(false);
            var conversation = await store.ReserveAsync(conversationKey, tenant, conversationInterval, conversationBurst, cancellationToken).ConfigureAwait(false);
            if (conversation - tenant >= tenantInterval / 2)
            {
                // The conversation is busier than the tenant: its start decides, the tenant's is given up.
                notBefore = conversation;
                tenant = await store.ReserveAsync(tenantKey, notBefore, tenantInterval, tenantBurst, cancellationToken).ConfigureAwait(false);
                if (tenant - conversation >= conversationInterval / 2)
                {
                    continue;
                }
            }

            var start = tenant > conversation ? tenant : conversation;
            var wait = start - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var now = timeProvider.GetUtcNow();
            if (now - tenant < tenantInterval / 2 && now - conversation < conversationInterval / 2)
            {
                return;
            }

            // Woken too late (a busy machine): the reserved starts are past, reserve new ones.
            notBefore = now;
        }

        throw new InvalidOperationException($"No send start could be reserved for {conversationKey} after {MaxReservations} reservations.");
    }

    private async Task PurgeNowAndThenAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var last = Interlocked.Read(ref s_lastPurgeTicks);
        if (now.UtcTicks - last < TimeSpan.TicksPerMinute * 10 || Interlocked.CompareExchange(ref s_lastPurgeTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        await store.PurgeAsync(now - KeepKeys, cancellationToken).ConfigureAwait(false);
    }
}
