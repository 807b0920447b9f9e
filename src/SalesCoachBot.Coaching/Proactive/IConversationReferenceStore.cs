using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Where to reach users proactively. Writes are staged and committed by the scope's
/// <see cref="SalesCoachBot.Dialogs.State.IUnitOfWork"/>.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Adds or refreshes the reference of the reference's user in its conversation, and marks it active (staged).</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The user's most recently refreshed active reference, preferring their personal chat with the bot.</summary>
    Task<ConversationReference?> FindForUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Marks a conversation's references inactive, e.g. after the connector answered 403 or 404 (staged).</summary>
    Task DeactivateAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationReference>> ListActiveAsync(CancellationToken cancellationToken);
}
