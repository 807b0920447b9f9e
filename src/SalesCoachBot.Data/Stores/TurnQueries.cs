using Microsoft.EntityFrameworkCore;
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
    private static readonly Func<SalesCoachDbContext, string, CancellationToken, Task<UserEntity?>> UserById =
        EF.CompileAsyncQuery((SalesCoachDbContext db, string id, CancellationToken _) => db.Users.FirstOrDefault(u => u.Id == id));

    private static readonly Func<SalesCoachDbContext, string, CancellationToken, Task<DialogStateEntity?>> DialogStateByKey =
        EF.CompileAsyncQuery((SalesCoachDbContext db, string key, CancellationToken _) => db.DialogStates.FirstOrDefault(s => s.ConversationKey == key));

    private static readonly Func<SalesCoachDbContext, string, CancellationToken, Task<CurrentDealEntity?>> CurrentDealByUser =
        EF.CompileAsyncQuery((SalesCoachDbContext db, string userId, CancellationToken _) => db.CurrentDeals.FirstOrDefault(c => c.UserId == userId));

    public static readonly Func<SalesCoachDbContext, string?, string, string, CancellationToken, Task<ConversationReferenceEntity?>> Reference =
        EF.CompileAsyncQuery((SalesCoachDbContext db, string? channelId, string conversationId, string userId, CancellationToken _) =>
            db.ConversationReferences.FirstOrDefault(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.UserId == userId));

    public static async Task<UserEntity?> FindUserAsync(this SalesCoachDbContext db, string id, CancellationToken cancellationToken) =>
        db.Users.Local.FindEntry(id)?.Entity ?? await UserById(db, id, cancellationToken).ConfigureAwait(false);

    public static async Task<DialogStateEntity?> FindDialogStateAsync(this SalesCoachDbContext db, string key, CancellationToken cancellationToken) =>
        db.DialogStates.Local.FindEntry(key)?.Entity ?? await DialogStateByKey(db, key, cancellationToken).ConfigureAwait(false);

    public static async Task<CurrentDealEntity?> FindCurrentDealAsync(this SalesCoachDbContext db, string userId, CancellationToken cancellationToken) =>
        db.CurrentDeals.Local.FindEntry(userId)?.Entity ?? await CurrentDealByUser(db, userId, cancellationToken).ConfigureAwait(false);
}
