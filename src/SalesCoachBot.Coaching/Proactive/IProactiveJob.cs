using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// A daily proactive message (the manager's digest, the practice reminder…), run by
/// <see cref="ProactiveScheduler"/>: once per recipient per local date, at or after their
/// local send time. Registered scoped, so it can use the scope's stores; whatever it stages
/// while building is committed with the claim.
/// </summary>
public interface IProactiveJob
{
    /// <summary>The ledger's kind, e.g. <c>manager-digest</c>.</summary>
    string Kind { get; }

    Task<IReadOnlyList<ProactiveRecipient>> ListRecipientsAsync(CancellationToken cancellationToken);

    /// <summary>The message for the recipient's local date, or null when there is nothing to say.</summary>
    Task<Activity?> BuildAsync(string recipientUserId, DateOnly localDate, CancellationToken cancellationToken);
}
