using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Data.Storage;

namespace SalesCoachBot.Data.Tests.Storage;

/// <summary>
/// Each provider's migrations folder is at the current model: a model change without
/// <c>dotnet ef migrations add</c> for both providers fails here, with no server needed.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_CurrentModel_NoPendingChanges()
    {
        using var db = new SqliteDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void PostgresMigrations_CurrentModel_NoPendingChanges()
    {
        using var db = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void Migrations_EachProvider_OnlyItsOwnFolder()
    {
        using var sqlite = new SqliteDesignTimeDbContextFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
    }
}
