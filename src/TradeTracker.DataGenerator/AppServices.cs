using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TradeTracker.Web.Data;
using TradeTracker.Web.Setup;
using TradeTracker.Web.Services;

namespace TradeTracker.DataGenerator;

/// <summary>The app's own registrations (database, accounts, services: as <c>Program.cs</c> makes them) over one store
/// (a SQLite file unless told otherwise), without the web server: the generator migrates and seeds through it, and the benchmarks resolve the read
/// services from it. Accounts are registered because Identity's options shape <see cref="Web.Data.AppDbContext"/>'s model.</summary>
public static class AppServices
{
    /// <param name="readCache">False to read through the uncached paths (<c>TradeTracker:ReadCache</c>).</param>
    public static IHost Build(string databasePath, ILoggerFactory loggerFactory, bool readCache = true) =>
        Build(StoreProvider.Sqlite, ConnectionString(databasePath), loggerFactory, readCache);

    /// <summary>The same over any store: a SQLite connection string, or an Npgsql one (the benchmarks on a PostgreSQL
    /// copy of a generated store).</summary>
    public static IHost Build(StoreProvider provider, string connectionString, ILoggerFactory loggerFactory, bool readCache = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = provider.ToString(),
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = connectionString,
            [$"{TradeTrackerOptions.Section}:{nameof(TradeTrackerOptions.ReadCache)}"] = readCache ? "true" : "false",
        });
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddTradeTrackerDatabase();
        builder.Services.AddTradeTrackerAccounts(builder.Configuration);
        builder.Services.AddTradeTrackerServices();
        return builder.Build();
    }

    public static string ConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath) }.ToString();
}
