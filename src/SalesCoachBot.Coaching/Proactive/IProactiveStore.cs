namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// The ledger (who was sent what on which local day) and the outbox (messages on their way out).
/// Claims, enqueues and outcomes are staged and committed by the scope's
/// <see cref="SalesCoachBot.Dialogs.State.IUnitOfWork"/>: a claim and its message land together,
/// and the ledger's unique (recipient, kind, local date) makes a second claim's commit fail.
/// Leasing is the exception: it takes effect at once, since it is what keeps two workers apart.
/// </summary>
public interface IProactiveStore
{
    /// <summary>The claims of <paramref name="kind"/> on local dates from <paramref name="firstDate"/> to <paramref name="lastDate"/>.</summary>
    Task<IReadOnlySet<ProactiveClaim>> ListClaimsAsync(string kind, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the claim, and the message when there is one (the claim is then
    /// <see cref="ProactiveLedgerState.Queued"/>, else <see cref="ProactiveLedgerState.NothingToSend"/>).
    /// </summary>
    Task StageClaimAsync(ProactiveClaim claim, OutboxDraft? message, CancellationToken cancellationToken);

    /// <summary>Stages a message that is not part of a daily claim (a ping, a notice).</summary>
    Task StageEnqueueAsync(OutboxDraft message, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> entries due at <paramref name="now"/> (pending or throttled
    /// and due, or leased by a worker whose lease ran out), oldest first, until <paramref name="now"/> + <paramref name="lease"/>.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> LeaseDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the attempt's outcome on the entry and on its ledger row; false, and nothing staged,
    /// when the entry no longer carries <paramref name="message"/>'s lease (it ran out and another
    /// worker took the entry over: that worker's outcome counts).
    /// </summary>
    Task<bool> StageResultAsync(OutboxMessage message, DeliveryResult result, CancellationToken cancellationToken);
}
