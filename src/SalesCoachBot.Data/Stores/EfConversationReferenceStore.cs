using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfConversationReferenceStore(SalesCoachDbContext db, TimeProvider timeProvider) : IConversationReferenceStore
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation.Id ?? throw new ArgumentException("The reference has no conversation id.", nameof(reference));
        var userId = reference.User?.Id ?? throw new ArgumentException("The reference has no user.", nameof(reference));
        if (!ConversationScopePolicy.IsPersonal(reference.Conversation))
        {
            // Proactive messages go to 1:1 chats only: a group's reference is never kept.
            return;
        }

        var entity = TurnQueries.TrackedAll(db, db.ConversationReferences).Find(r => r.ChannelId == reference.ChannelId && r.ConversationId == conversationId && r.UserId == userId)
            ?? await db.FindReferenceAsync(reference.ChannelId, conversationId, userId, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            entity = new ConversationReferenceEntity
            {
                ServiceUrl = reference.ServiceUrl,
                ChannelId = reference.ChannelId,
                ConversationId = conversationId,
                UserId = userId,
            };
            db.ConversationReferences.Add(entity);
        }

        entity.ServiceUrl = reference.ServiceUrl;
        entity.ConversationType = reference.Conversation.ConversationType;
        entity.TenantId = reference.TenantId ?? reference.Conversation.TenantId;
        entity.UserName = reference.User.Name;
        entity.UserAadObjectId = reference.User.AadObjectId;
        entity.BotId = reference.Bot?.Id;
        entity.BotName = reference.Bot?.Name;
        entity.Locale = reference.Locale;
        entity.IsActive = true;

        // Written only when something changed (the tracker compares with what was loaded), or once a
        // day so the latest conversation of a user stays the one they last used.
        var now = timeProvider.GetUtcNow();
        if (db.Entry(entity).State != EntityState.Unchanged || now - entity.UpdatedAt >= RefreshAfter)
        {
            entity.UpdatedAt = now;
        }
    }

    public async Task<ConversationReference?> FindForUserAsync(string userId, CancellationToken cancellationToken)
    {
        // Few rows per user; ordered here because SQLite cannot order by DateTimeOffset.
        var candidates = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserId == userId && r.IsActive)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Rows stored before only personal chats were kept may name a group: never returned.
        var best = candidates
            .Where(r => ConversationScopePolicy.IsPersonal(new ConversationAccount { ConversationType = r.ConversationType }))
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefault();
        return best is null ? null : ToReference(best);
    }

    public async Task DeactivateAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var references = await db.ConversationReferences
            .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.IsActive)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var reference in references)
        {
            reference.IsActive = false;
            reference.UpdatedAt = now;
        }
    }

    public async Task<IReadOnlyList<ConversationReference>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var references = await db.ConversationReferences.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. references.Select(ToReference)];
    }

    private static ConversationReference ToReference(ConversationReferenceEntity r) => new()
    {
        ServiceUrl = r.ServiceUrl,
        ChannelId = r.ChannelId,
        Conversation = new ConversationAccount { Id = r.ConversationId, ConversationType = r.ConversationType, TenantId = r.TenantId },
        User = new ChannelAccount { Id = r.UserId, Name = r.UserName, AadObjectId = r.UserAadObjectId },
        Bot = r.BotId is null ? null : new ChannelAccount { Id = r.BotId, Name = r.BotName },
        TenantId = r.TenantId,
        Locale = r.Locale,
    };
}
