using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Data.Stores;

namespace SalesCoachBot.Data.Storage;

/// <summary>
/// The four reads every turn makes on SQLite (the user, the dialog stack, the conversation reference,
/// the menu's facts), as statements prepared once on connections that stay open. Microsoft.Data.Sqlite
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

    private const string UserSql = """
        SELECT "Id", "AadObjectId", "ClientTimeZone", "CreatedAt", "DirectoryCheckedAtMs", "Email", "Locale", "MainUse", "ManagerId",
               "ManagerSource", "Name", "PendingManagerId", "Role", "TenantId", "TimeZone", "UpdatedAt", "UserPrincipalName"
        FROM "Users" WHERE "Id" = $key LIMIT 1
        """;

    private const string DialogStateSql = """
        SELECT "ConversationKey", "Json", "SchemaVersion", "UpdatedAt", "Version"
        FROM "DialogStates" WHERE "ConversationKey" = $key LIMIT 1
        """;

    private const string ReferenceSql = """
        SELECT "Id", "BotId", "BotName", "ChannelId", "ConversationId", "ConversationType", "IsActive", "Locale", "ServiceUrl",
               "TenantId", "UpdatedAt", "UserAadObjectId", "UserId", "UserName"
        FROM "ConversationReferences" WHERE "ChannelId" = $channel AND "ConversationId" = $conversation AND "UserId" = $user LIMIT 1
        """;

    private const string MenuFactsSql = """
        SELECT 1, "UpdatedAt" FROM "CurrentDeals" WHERE "UserId" = $key
        UNION ALL
        SELECT 0, "ReviewedAt" FROM "PracticeReviews" WHERE "UserId" = $key
        """;

    private readonly ConcurrentBag<Lease> _idle = [];
    private int _disposed;

    /// <summary>Whether connections of their own see the same database: a file does, an in-memory one does not.</summary>
    public static bool CanShare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } file && file != ":memory:";
    }

    public UserEntity? User(string id)
    {
        var lease = Rent();
        try
        {
            var command = lease.User ??= lease.Prepare(UserSql, "$key");
            command.Parameters[0].Value = id;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new UserEntity
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
        }
        finally
        {
            Return(lease);
        }
    }

    public DialogStateEntity? DialogState(string conversationKey)
    {
        var lease = Rent();
        try
        {
            var command = lease.DialogState ??= lease.Prepare(DialogStateSql, "$key");
            command.Parameters[0].Value = conversationKey;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new DialogStateEntity
            {
                ConversationKey = reader.GetString(0),
                Json = reader.GetString(1),
                SchemaVersion = reader.GetInt32(2),
                UpdatedAt = reader.GetDateTimeOffset(3),
                Version = reader.GetGuid(4),
            };
        }
        finally
        {
            Return(lease);
        }
    }

    public ConversationReferenceEntity? Reference(string channelId, string conversationId, string userId)
    {
        var lease = Rent();
        try
        {
            var command = lease.Reference ??= lease.Prepare(ReferenceSql, "$channel", "$conversation", "$user");
            command.Parameters[0].Value = channelId;
            command.Parameters[1].Value = conversationId;
            command.Parameters[2].Value = userId;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new ConversationReferenceEntity
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
        }
        finally
        {
            Return(lease);
        }
    }

    public List<MenuFactRow> MenuFacts(string userId)
    {
        var lease = Rent();
        try
        {
            var command = lease.MenuFacts ??= lease.Prepare(MenuFactsSql, "$key");
            command.Parameters[0].Value = userId;
            using var reader = command.ExecuteReader();
            var rows = new List<MenuFactRow>();
            while (reader.Read())
            {
                rows.Add(new MenuFactRow { IsCurrentDeal = reader.GetInt64(0) == 1, At = reader.GetDateTimeOffset(1) });
            }

            return rows;
        }
        finally
        {
            Return(lease);
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _disposed, 1);
        while (_idle.TryTake(out var lease))
        {
            lease.Dispose();
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private Lease Rent()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return _idle.TryTake(out var lease) ? lease : Lease.Open(connectionString);
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

        private Lease(SqliteConnection connection) => _connection = connection;

        public SqliteCommand? User { get; set; }

        public SqliteCommand? DialogState { get; set; }

        public SqliteCommand? Reference { get; set; }

        public SqliteCommand? MenuFacts { get; set; }

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

        public SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
            return command;
        }

        public void Dispose()
        {
            User?.Dispose();
            DialogState?.Dispose();
            Reference?.Dispose();
            MenuFacts?.Dispose();
            _connection.Dispose();
        }
    }
}
