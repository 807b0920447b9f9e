using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesCoachBot.Data.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add X --project src/SalesCoachBot.Data --context PostgresSalesCoachDbContext
/// --output-dir Migrations/Postgres</c> build the context without the host or a server.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresSalesCoachDbContext>
{
    public PostgresSalesCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSalesCoachDbContext>().UseNpgsql("Host=localhost;Database=salescoach_design").Options);
}
