using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Setup;

/// <summary>How <c>dotnet ef migrations add</c> builds each provider's model: through the app's own registrations (so
/// Identity's schema version and every convention are the running app's), without connecting to a server.
/// <c>--context AppDbContext -o Data/Migrations</c> for SQLite; <c>--context PostgresDbContext -o
/// Data/Migrations/Postgres</c> for PostgreSQL (README, "Adding a migration").</summary>
internal static class DesignTimeStores
{
    public static AppDbContext Create(StoreProvider provider)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = provider.ToString();
        builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] =
            provider == StoreProvider.Postgres ? "Host=127.0.0.1;Database=design_time" : "Data Source=design_time.db";
        builder.Host.UseDefaultServiceProvider(o => o.ValidateOnBuild = false); // only the store is asked for
        builder.Services.AddTradeTrackerDatabase();
        builder.Services.AddTradeTrackerAccounts(builder.Configuration);
        return builder.Build().Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => DesignTimeStores.Create(StoreProvider.Sqlite);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) => (PostgresDbContext)DesignTimeStores.Create(StoreProvider.Postgres);
}
