using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Setup;

/// <summary>Probes for a process supervisor or load balancer: <c>/health/live</c> (the process serves requests; touches
/// nothing) and <c>/health/ready</c> (the store answers a query and its schema has every migration). Anonymous, never
/// rate-limited, never cached, logged below Information.</summary>
public static class HealthSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddTradeTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreReadiness>("store", tags: [ReadyTag]);
        return services;
    }

    /// <summary>The two probes; the health-check middleware answers them with <c>Cache-Control: no-store, no-cache</c>,
    /// 200 <c>Healthy</c> or 503 <c>Unhealthy</c>.</summary>
    public static void MapTradeTrackerHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous().DisableRateLimiting();
    }

    /// <summary>Whether a request is one of the probes (logged at Debug: a probe every few seconds is not news).</summary>
    public static bool IsProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/health");
}

/// <summary>Ready when the store answers and has no pending migration. A SQLite file is opened as it is, never created:
/// a store that was deleted or replaced is not ready, rather than silently started again empty.</summary>
public sealed class StoreReadiness(IDbContextFactory<AppDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var store = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
            if (!File.Exists(store.DataSource))
            {
                return HealthCheckResult.Unhealthy($"The SQLite store {store.DataSource} is missing.");
            }

            db.Database.SetConnectionString(store.ToString());
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("The store answers and has every migration.")
            : HealthCheckResult.Unhealthy($"The store lacks {pending} migration(s): start an instance with Database:MigrateOnStartup=true.");
    }
}
