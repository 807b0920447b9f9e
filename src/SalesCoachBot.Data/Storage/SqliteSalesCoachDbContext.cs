using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace SalesCoachBot.Data.Storage;

/// <summary>The SQLite flavour of the model; its migrations live in Migrations/Sqlite.</summary>
internal sealed class SqliteSalesCoachDbContext(DbContextOptions<SqliteSalesCoachDbContext> options) : SalesCoachDbContext(options)
{
    /// <summary>
    /// The host's prepared per-turn reads (<see cref="SqliteTurnReads"/>), or none where the context
    /// is built outside the host (design-time tools, a migration on its own).
    /// </summary>
    internal SqliteTurnReads? TurnReads { get; } =
        options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<SqliteTurnReads>();
}
