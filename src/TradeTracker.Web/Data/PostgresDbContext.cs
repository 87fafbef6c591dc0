using Microsoft.EntityFrameworkCore;

namespace TradeTracker.Web.Data;

/// <summary>The same model as <see cref="AppDbContext"/> on PostgreSQL. It exists as a type of its own only so EF Core
/// keeps a second set of migrations (Data/Migrations/Postgres/) beside SQLite's; every service still asks for an
/// <see cref="AppDbContext"/> and <see cref="StoreContextFactory"/> hands it this one when the provider is Postgres.</summary>
public sealed class PostgresDbContext(DbContextOptions<AppDbContext> options) : AppDbContext(options);
