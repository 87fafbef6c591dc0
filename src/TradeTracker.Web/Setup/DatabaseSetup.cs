using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Data.Seed;

namespace TradeTracker.Web.Setup;

public static class DatabaseSetup
{
    public static IServiceCollection AddTradeTrackerDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The clock every save's audit stamps read (tests replace it).
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReadModelSet>();
        services.AddSingleton<IReadModel, RateReadModel>();
        services.AddSingleton<IReadModel, TimelineReadModel>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<ChangeFeedInterceptor>();

        // On PostgreSQL, other instances' committed changes reach this one's feed (LISTEN/NOTIFY); idle on SQLite.
        services.AddHostedService<ChangeFeedListener>();
        services.AddDbContextFactory<AppDbContext, StoreContextFactory>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider == StoreProvider.Postgres)
            {
                options.UseNpgsql(database.ConnectionString);
            }
            else
            {
                options.UseSqlite(SqliteConnectionString(database.ConnectionString, sp.GetRequiredService<IHostEnvironment>()));
            }

            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ChangeFeedInterceptor>())

                // Extensions and disagreements require a source, and sources can be archived; SourceEditor refuses to
                // archive a source that is still cited, so the filtered-required-navigation case cannot arise.
                .ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());

        // The keys that protect cookies and antiforgery tokens live in the store, so every instance that shares it
        // reads what another one protected (one application name, whatever the instance's folder).
        services.AddDataProtection().SetApplicationName("TradeTracker").PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<ReferenceDataSeeder>();
        services.AddSingleton<ProductLineSeeder>();
        services.AddDatabaseDeveloperPageExceptionFilter();
        return services;
    }

    /// <summary>Relative paths resolve against the content root, not the working directory. A writer waits at most
    /// <see cref="StoreBusy.SqliteWaitSeconds"/> for another's transaction (Microsoft.Data.Sqlite's default is 30 s),
    /// then is told the store is busy.</summary>
    private static string SqliteConnectionString(string configured, IHostEnvironment environment)
    {
        var connection = new SqliteConnectionStringBuilder(configured) { DefaultTimeout = StoreBusy.SqliteWaitSeconds };
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            connection.DataSource = Path.Combine(environment.ContentRootPath, connection.DataSource);
        }

        return connection.ToString();
    }

    /// <summary>Applies migrations, rebuilds the read models a migration left out of date, and seeds reference data, as
    /// configured.</summary>
    public static async Task PrepareTradeTrackerDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStartup)
        {
            var dbFactory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using (var db = await dbFactory.CreateDbContextAsync())
            {
                await db.Database.MigrateAsync();
            }

            await app.Services.GetRequiredService<ReadModelSet>().RebuildAsync(dbFactory, all: false);
        }

        if (options.SeedReferenceData)
        {
            await app.Services.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
            await app.Services.GetRequiredService<ProductLineSeeder>().SeedAsync();
        }
    }
}
