using Microsoft.EntityFrameworkCore;

namespace SalesCoachBot.Data.Storage;

/// <summary>The PostgreSQL flavour of the model; its migrations live in Migrations/Postgres.</summary>
internal sealed class PostgresSalesCoachDbContext(DbContextOptions<PostgresSalesCoachDbContext> options) : SalesCoachDbContext(options);
