using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Data.Entities.Deals;
using SalesCoachBot.Data.Stores;

namespace SalesCoachBot.Data.Storage;

/// <summary>
/// The reads by key every turn makes on SQLite (the user, the dialog stack, the conversation reference,
/// the menu's facts, the current deal, a deal, a rep's deals), as statements prepared once on connections
/// that stay open. Microsoft.Data.Sqlite
/// prepares a command's SQL again on each execution and EF Core builds a command per query; together that
/// was a fifth of a menu turn's CPU. Only reads by key: rows come back as EF Core would materialize them,
/// and the caller attaches the ones the turn may change, so change tracking sees them as loaded.
/// The column lists are this class's contract with the model; a test compares every mapped property
/// with EF Core's own read, so a column added to the model and not here fails it.
/// </summary>
internal sealed class SqliteTurnReads(string connectionString) : IDisposable
{
    // More idle connections than this are closed rather than kept: a burst does not leave file handles behind.
    private const int MaxIdle = 32;

    // One entry per Statement, in its order: the SQL and the names of its parameters.
    private static readonly (string Sql, string[] Parameters)[] Statements =
    [
        ("""
            SELECT "Id", "AadObjectId", "ClientTimeZone", "CreatedAt", "DirectoryCheckedAtMs", "Email", "Locale", "MainUse", "ManagerId",
                   "ManagerSource", "Name", "PendingManagerId", "Role", "TenantId", "TimeZone", "UpdatedAt", "UserPrincipalName"
            FROM "Users" WHERE "Id" = $key LIMIT 1
            """, ["$key"]),
        ("""
            SELECT "ConversationKey", "Json", "SchemaVersion", "UpdatedAt", "Version"
            FROM "DialogStates" WHERE "ConversationKey" = $key LIMIT 1
            """, ["$key"]),
        ("""
            SELECT "Id", "BotId", "BotName", "ChannelId", "ConversationId", "ConversationType", "IsActive", "Locale", "ServiceUrl",
                   "TenantId", "UpdatedAt", "UserAadObjectId", "UserId", "UserName"
            FROM "ConversationReferences" WHERE "ChannelId" = $channel AND "ConversationId" = $conversation AND "UserId" = $user LIMIT 1
            """, ["$channel", "$conversation", "$user"]),
        ("""
            SELECT 1, "UpdatedAt" FROM "CurrentDeals" WHERE "UserId" = $key
            UNION ALL
            SELECT 0, "ReviewedAt" FROM "PracticeReviews" WHERE "UserId" = $key
            """, ["$key"]),
        ("""
            SELECT "UserId", "DealId", "UpdatedAt" FROM "CurrentDeals" WHERE "UserId" = $key LIMIT 1
            """, ["$key"]),
        ("""
            SELECT "Id", "ClosedAt", "CreatedAt", "Customer", "Json", "Name", "OwnerUserId", "Stage", "StageChangedAt", "UpdatedAt", "Version"
            FROM "Deals" WHERE "Id" = $key LIMIT 1
            """, ["$key"]),
        ("""
            SELECT "Id", "ClosedAt", "CreatedAt", "Customer", "Json", "Name", "OwnerUserId", "Stage", "StageChangedAt", "UpdatedAt", "Version"
            FROM "Deals" WHERE "OwnerUserId" = $key ORDER BY "UpdatedAt" DESC
            """, ["$key"]),
    ];

    private readonly ConcurrentBag<Lease> _idle = [];
    private int _disposed;

    private enum Statement
    {
        User,
        DialogState,
        Reference,
        MenuFacts,
        CurrentDeal,
        Deal,
        DealsByOwner,
    }

    /// <summary>Whether connections of their own see the same database: a file does, an in-memory one does not.</summary>
    public static bool CanShare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } file && file != ":memory:";
    }

    public UserEntity? User(string id) =>
        Execute(Statement.User, static reader => reader.Read() ? ReadUser(reader) : null, id);

    public DialogStateEntity? DialogState(string conversationKey) =>
        Execute(Statement.DialogState, static reader => reader.Read()
            ? new DialogStateEntity
            {
                ConversationKey = reader.GetString(0),
                Json = reader.GetString(1),
                SchemaVersion = reader.GetInt32(2),
                UpdatedAt = reader.GetDateTimeOffset(3),
                Version = reader.GetGuid(4),
            }
            : null, conversationKey);

    public ConversationReferenceEntity? Reference(string channelId, string conversationId, string userId) =>
        Execute(Statement.Reference, static reader => reader.Read() ? ReadReference(reader) : null, channelId, conversationId, userId);

    public List<MenuFactRow> MenuFacts(string userId) =>
        Execute(Statement.MenuFacts, static reader =>
        {
            var rows = new List<MenuFactRow>();
            while (reader.Read())
            {
                rows.Add(new MenuFactRow { IsCurrentDeal = reader.GetInt64(0) == 1, At = reader.GetDateTimeOffset(1) });
            }

            return rows;
        }, userId);

    public CurrentDealEntity? CurrentDeal(string userId) =>
        Execute(Statement.CurrentDeal, static reader => reader.Read()
            ? new CurrentDealEntity { UserId = reader.GetString(0), DealId = reader.GetGuid(1), UpdatedAt = reader.GetDateTimeOffset(2) }
            : null, userId);

    public DealEntity? Deal(Guid id) =>
        Execute(Statement.Deal, static reader => reader.Read() ? ReadDeal(reader) : null, GuidText(id));

    /// <summary>A rep's deals, the latest change first, as EF Core's query orders them.</summary>
    public List<DealEntity> DealsOwnedBy(string ownerUserId) =>
        Execute(Statement.DealsByOwner, static reader =>
        {
            var rows = new List<DealEntity>();
            while (reader.Read())
            {
                rows.Add(ReadDeal(reader));
            }

            return rows;
        }, ownerUserId);

    public void Dispose()
    {
        Interlocked.Exchange(ref _disposed, 1);
        while (_idle.TryTake(out var lease))
        {
            lease.Dispose();
        }
    }

    // EF Core's SQLite provider stores a Guid as its upper-case text; Microsoft.Data.Sqlite alone would bind a blob.
    private static string GuidText(Guid id) => id.ToString("D").ToUpperInvariant();

    private static UserEntity ReadUser(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        AadObjectId = Text(reader, 1),
        ClientTimeZone = Text(reader, 2),
        CreatedAt = reader.GetDateTimeOffset(3),
        DirectoryCheckedAtMs = reader.IsDBNull(4) ? null : reader.GetInt64(4),
        Email = Text(reader, 5),
        Locale = Text(reader, 6),
        MainUse = reader.IsDBNull(7) ? null : Enum.Parse<UserRole>(reader.GetString(7)),
        ManagerId = Text(reader, 8),
        ManagerSource = reader.IsDBNull(9) ? null : Enum.Parse<ManagerSource>(reader.GetString(9)),
        Name = Text(reader, 10),
        PendingManagerId = Text(reader, 11),
        Role = Enum.Parse<UserRole>(reader.GetString(12)),
        TenantId = Text(reader, 13),
        TimeZone = Text(reader, 14),
        UpdatedAt = reader.GetDateTimeOffset(15),
        UserPrincipalName = Text(reader, 16),
    };

    private static ConversationReferenceEntity ReadReference(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        BotId = Text(reader, 1),
        BotName = Text(reader, 2),
        ChannelId = reader.GetString(3),
        ConversationId = reader.GetString(4),
        ConversationType = Text(reader, 5),
        IsActive = reader.GetBoolean(6),
        Locale = Text(reader, 7),
        ServiceUrl = reader.GetString(8),
        TenantId = Text(reader, 9),
        UpdatedAt = reader.GetDateTimeOffset(10),
        UserAadObjectId = Text(reader, 11),
        UserId = reader.GetString(12),
        UserName = Text(reader, 13),
    };

    // UpdatedAt and ClosedAt are stored as UTC ticks (DealEntityConfiguration), the other times as EF Core's text.
    private static DealEntity ReadDeal(SqliteDataReader reader) => new()
    {
        Id = reader.GetGuid(0),
        ClosedAt = reader.IsDBNull(1) ? null : new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
        CreatedAt = reader.GetDateTimeOffset(2),
        Customer = reader.GetString(3),
        Json = reader.GetString(4),
        Name = reader.GetString(5),
        OwnerUserId = reader.GetString(6),
        Stage = Enum.Parse<BuyingJourneyStage>(reader.GetString(7)),
        StageChangedAt = reader.GetDateTimeOffset(8),
        UpdatedAt = new DateTimeOffset(reader.GetInt64(9), TimeSpan.Zero),
        Version = reader.GetGuid(10),
    };

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // One statement on a rented connection: its parameters bound in order, its rows read by the caller's function.
    private TResult Execute<TResult>(Statement statement, Func<SqliteDataReader, TResult> read, params ReadOnlySpan<string> values)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        var lease = _idle.TryTake(out var idle) ? idle : Lease.Open(connectionString);
        try
        {
            var command = lease.Command(statement);
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            using var reader = command.ExecuteReader();
            return read(reader);
        }
        finally
        {
            Return(lease);
        }
    }

    private void Return(Lease lease)
    {
        if (Volatile.Read(ref _disposed) == 1 || _idle.Count >= MaxIdle)
        {
            lease.Dispose();
            return;
        }

        _idle.Add(lease);
    }

    /// <summary>One open connection and its prepared statements; used by one read at a time.</summary>
    private sealed class Lease : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand?[] _commands = new SqliteCommand?[Statements.Length];

        private Lease(SqliteConnection connection) => _connection = connection;

        public static Lease Open(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                using var pragmas = connection.CreateCommand();
                // As on EF Core's connections: wait for a writer of another process instead of failing at once.
                pragmas.CommandText = SqlitePragmaInterceptor.Pragmas;
                pragmas.ExecuteNonQuery();
                return new Lease(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        /// <summary>The statement prepared on this connection, the first time it is asked for.</summary>
        public SqliteCommand Command(Statement statement)
        {
            ref var command = ref _commands[(int)statement];
            if (command is null)
            {
                var (sql, parameters) = Statements[(int)statement];
                command = _connection.CreateCommand();
                command.CommandText = sql;
                foreach (var name in parameters)
                {
                    command.Parameters.Add(new SqliteParameter(name, null));
                }

                command.Prepare();
            }

            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands)
            {
                command?.Dispose();
            }

            _connection.Dispose();
        }
    }
}
