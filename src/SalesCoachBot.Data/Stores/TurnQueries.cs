using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Data.Entities.Deals;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// The look-ups every turn makes, compiled once: EF Core then neither walks the expression tree nor
/// asks its query cache on each call. The <c>Find*</c> ones behave as <c>DbSet.FindAsync</c> does: a row
/// the turn already tracks is returned from the context, anything else is read and tracked.
/// </summary>
internal static class TurnQueries
{
    // A compiled query belongs to one model: one set per provider's model (a process normally has one).
    private static readonly ConcurrentDictionary<IModel, Compiled> ByModel = new();

    public static Task<ConversationReferenceEntity?> FindReferenceAsync(this SalesCoachDbContext db, string? channelId, string conversationId, string userId, CancellationToken cancellationToken) =>
        For(db).Reference(db, channelId, conversationId, userId, cancellationToken);

    public static async Task<UserEntity?> FindUserAsync(this SalesCoachDbContext db, string id, CancellationToken cancellationToken) =>
        db.Users.Local.FindEntry(id)?.Entity ?? await For(db).UserById(db, id, cancellationToken).ConfigureAwait(false);

    public static async Task<DialogStateEntity?> FindDialogStateAsync(this SalesCoachDbContext db, string key, CancellationToken cancellationToken) =>
        db.DialogStates.Local.FindEntry(key)?.Entity ?? await For(db).DialogStateByKey(db, key, cancellationToken).ConfigureAwait(false);

    public static async Task<CurrentDealEntity?> FindCurrentDealAsync(this SalesCoachDbContext db, string userId, CancellationToken cancellationToken) =>
        db.CurrentDeals.Local.FindEntry(userId)?.Entity ?? await For(db).CurrentDealByUser(db, userId, cancellationToken).ConfigureAwait(false);

    private static Compiled For(SalesCoachDbContext db) => ByModel.GetOrAdd(db.Model, _ => new Compiled());

    private sealed class Compiled
    {
        public Func<SalesCoachDbContext, string, CancellationToken, Task<UserEntity?>> UserById { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string id, CancellationToken _) => db.Users.FirstOrDefault(u => u.Id == id));

        public Func<SalesCoachDbContext, string, CancellationToken, Task<DialogStateEntity?>> DialogStateByKey { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string key, CancellationToken _) => db.DialogStates.FirstOrDefault(s => s.ConversationKey == key));

        public Func<SalesCoachDbContext, string, CancellationToken, Task<CurrentDealEntity?>> CurrentDealByUser { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string userId, CancellationToken _) => db.CurrentDeals.FirstOrDefault(c => c.UserId == userId));

        public Func<SalesCoachDbContext, string?, string, string, CancellationToken, Task<ConversationReferenceEntity?>> Reference { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string? channelId, string conversationId, string userId, CancellationToken _) =>
                db.ConversationReferences.FirstOrDefault(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.UserId == userId));
    }
}
