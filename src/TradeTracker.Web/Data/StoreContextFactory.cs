using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TradeTracker.Web.Data;

/// <summary>Creates the context for the configured provider from the options the registration built once (provider,
/// connection, interceptors): PostgreSQL gets <see cref="PostgresDbContext"/> so its own migrations apply.</summary>
public sealed class StoreContextFactory(DbContextOptions<AppDbContext> options, IOptions<DatabaseOptions> database)
    : IDbContextFactory<AppDbContext>
{
    private readonly StoreProvider provider = database.Value.Provider;

    public AppDbContext CreateDbContext() =>
        provider == StoreProvider.Postgres ? new PostgresDbContext(options) : new AppDbContext(options);
}
