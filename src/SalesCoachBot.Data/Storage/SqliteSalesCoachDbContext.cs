using Microsoft.EntityFrameworkCore;

namespace SalesCoachBot.Data.Storage;

/// <summary>The SQLite flavour of the model; its migrations live in Migrations/Sqlite.</summary>
internal sealed class SqliteSalesCoachDbContext(DbContextOptions<SqliteSalesCoachDbContext> options) : SalesCoachDbContext(options);
