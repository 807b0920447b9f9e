using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Data.Entities.Deals;
using SalesCoachBot.Data.Storage;

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

    /// <summary>The stored reference of a user in a conversation, tracked (the caller checks it against what it has).</summary>
    public static Task<ConversationReferenceEntity?> FindReferenceAsync(this SalesCoachDbContext db, string? channelId, string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (db is SqliteSalesCoachDbContext { TurnReads: { } reads })
        {
            // A reference always has a channel: none asked for matches nothing, as EF Core's query would.
            return Task.FromResult(channelId is null ? null : Attached(db.ConversationReferences, reads.Reference(channelId, conversationId, userId)));
        }

        return For(db).Reference(db, channelId, conversationId, userId, cancellationToken);
    }

    public static async Task<UserEntity?> FindUserAsync(this SalesCoachDbContext db, string id, CancellationToken cancellationToken) =>
        Tracked(db, db.Users, id)
        ?? (db is SqliteSalesCoachDbContext { TurnReads: { } reads }
            ? Attached(db.Users, reads.User(id))
            : await For(db).UserById(db, id, cancellationToken).ConfigureAwait(false));

    public static async Task<DialogStateEntity?> FindDialogStateAsync(this SalesCoachDbContext db, string key, CancellationToken cancellationToken) =>
        Tracked(db, db.DialogStates, key)
        ?? (db is SqliteSalesCoachDbContext { TurnReads: { } reads }
            ? Attached(db.DialogStates, reads.DialogState(key))
            : await For(db).DialogStateByKey(db, key, cancellationToken).ConfigureAwait(false));

    public static async Task<CurrentDealEntity?> FindCurrentDealAsync(this SalesCoachDbContext db, string userId, CancellationToken cancellationToken) =>
        Tracked(db, db.CurrentDeals, userId)
        ?? (db is SqliteSalesCoachDbContext { TurnReads: { } reads }
            ? Attached(db.CurrentDeals, reads.CurrentDeal(userId))
            : await For(db).CurrentDealByUser(db, userId, cancellationToken).ConfigureAwait(false));

    public static async Task<DealEntity?> FindDealAsync(this SalesCoachDbContext db, Guid id, CancellationToken cancellationToken) =>
        Tracked(db, db.Deals, id)
        ?? (db is SqliteSalesCoachDbContext { TurnReads: { } reads }
            ? Attached(db.Deals, reads.Deal(id))
            : await For(db).DealById(db, id, cancellationToken).ConfigureAwait(false));

    /// <summary>A rep's deals, newest change first, untracked.</summary>
    public static async Task<List<DealEntity>> DealsOwnedByAsync(this SalesCoachDbContext db, string ownerUserId, CancellationToken cancellationToken)
    {
        if (db is SqliteSalesCoachDbContext { TurnReads: { } reads })
        {
            return reads.DealsOwnedBy(ownerUserId);
        }

        return await ListAsync(For(db).DealsByOwner(db, ownerUserId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The tracked entity with this key, if any, without the full change scan that reading
    /// <c>DbSet.Local</c> otherwise runs (keys never change, and the commit scans anyway).
    /// </summary>
    public static TEntity? Tracked<TEntity, TKey>(SalesCoachDbContext db, DbSet<TEntity> set, TKey key)
        where TEntity : class
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return set.Local.FindEntry(key)?.Entity;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The tracked entities of a set, without the full change scan <c>DbSet.Local</c> otherwise runs.</summary>
    public static List<TEntity> TrackedAll<TEntity>(SalesCoachDbContext db, DbSet<TEntity> set)
        where TEntity : class
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. set.Local];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>A user's practice answers as activity, untracked (the menu's rule and the practice flows read them).</summary>
    public static IAsyncEnumerable<PracticeActivity> PracticeActivityOf(this SalesCoachDbContext db, string userId) =>
        For(db).PracticeActivity(db, userId);

    /// <summary>The menu's facts about a user: their current-deal row and each practice answer's time, in one statement.</summary>
    public static async Task<List<MenuFactRow>> MenuFactsOfAsync(this SalesCoachDbContext db, string userId, CancellationToken cancellationToken)
    {
        if (db is SqliteSalesCoachDbContext { TurnReads: { } reads })
        {
            return reads.MenuFacts(userId);
        }

        return await ListAsync(For(db).MenuFacts(db, userId), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    // A row read past EF Core, tracked as if EF Core had loaded it: later changes to it are detected and saved.
    private static TEntity? Attached<TEntity>(DbSet<TEntity> set, TEntity? row)
        where TEntity : class
    {
        if (row is not null)
        {
            set.Attach(row);
        }

        return row;
    }

    private static Compiled For(SalesCoachDbContext db) => ByModel.GetOrAdd(db.Model, _ => new Compiled());

    private sealed class Compiled
    {
        public Func<SalesCoachDbContext, string, CancellationToken, Task<UserEntity?>> UserById { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string id, CancellationToken _) => db.Users.FirstOrDefault(u => u.Id == id));

        public Func<SalesCoachDbContext, string, CancellationToken, Task<DialogStateEntity?>> DialogStateByKey { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string key, CancellationToken _) => db.DialogStates.FirstOrDefault(s => s.ConversationKey == key));

        public Func<SalesCoachDbContext, string, CancellationToken, Task<CurrentDealEntity?>> CurrentDealByUser { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string userId, CancellationToken _) => db.CurrentDeals.FirstOrDefault(c => c.UserId == userId));

        public Func<SalesCoachDbContext, Guid, CancellationToken, Task<DealEntity?>> DealById { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, Guid id, CancellationToken _) => db.Deals.FirstOrDefault(d => d.Id == id));

        public Func<SalesCoachDbContext, string, IAsyncEnumerable<DealEntity>> DealsByOwner { get; } =
            EF.CompileAsyncQuery<SalesCoachDbContext, string, DealEntity>((db, ownerUserId) => db.Deals.AsNoTracking()
                .Where(d => d.OwnerUserId == ownerUserId)
                .OrderByDescending(d => d.UpdatedAt));

        // Projected, not filtered by time: SQLite cannot compare DateTimeOffset values in a query.
        public Func<SalesCoachDbContext, string, IAsyncEnumerable<PracticeActivity>> PracticeActivity { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string userId) => db.PracticeReviews.AsNoTracking()
                .Where(r => r.UserId == userId)
                .Select(r => new PracticeActivity(r.ReviewedAt, r.WasNew) { QuestionId = r.QuestionId, Correct = r.Correct }));

        // Projected, not reduced to the latest: SQLite cannot compare or order DateTimeOffset values in a query.
        public Func<SalesCoachDbContext, string, IAsyncEnumerable<MenuFactRow>> MenuFacts { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string userId) => db.CurrentDeals.AsNoTracking()
                .Where(c => c.UserId == userId)
                .Select(c => new MenuFactRow { IsCurrentDeal = true, At = c.UpdatedAt })
                .Concat(db.PracticeReviews.AsNoTracking()
                    .Where(r => r.UserId == userId)
                    .Select(r => new MenuFactRow { IsCurrentDeal = false, At = r.ReviewedAt })));

        public Func<SalesCoachDbContext, string?, string, string, CancellationToken, Task<ConversationReferenceEntity?>> Reference { get; } =
            EF.CompileAsyncQuery((SalesCoachDbContext db, string? channelId, string conversationId, string userId, CancellationToken _) =>
                db.ConversationReferences.FirstOrDefault(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.UserId == userId));
    }
}

/// <summary>One row of <see cref="TurnQueries.MenuFactsOfAsync"/>: a current deal or a practice answer, and its time.</summary>
internal sealed class MenuFactRow
{
    public bool IsCurrentDeal { get; init; }

    public DateTimeOffset At { get; init; }
}
