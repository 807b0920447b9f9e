using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesCoachBot.Data.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add X --project src/SalesCoachBot.Data --context SqliteSalesCoachDbContext
/// --output-dir Migrations/Sqlite</c> build the context without the host.
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteSalesCoachDbContext>
{
    public SqliteSalesCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSalesCoachDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
