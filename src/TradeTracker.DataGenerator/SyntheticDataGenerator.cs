using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Data.Seed;

namespace TradeTracker.DataGenerator;

/// <summary>Creates or migrates a TradeTracker database with the app's own migrations, seeds the reference data with
/// the app's seeder, then bulk-loads synthetic rows through prepared commands in large transactions.</summary>
/// <remarks>Any triggers on the tables (e.g. ones that keep a full-text index) run for every row: nothing is disabled,
/// so derived tables stay consistent; the load then rebuilds the app's read models (which the bulk load goes around) and runs
/// <c>ANALYZE</c> and <c>PRAGMA optimize</c>. No audit entries
/// are written for generated rows (they carry <c>CreatedBy = datagen</c>).</remarks>
public sealed class SyntheticDataGenerator(ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<SyntheticDataGenerator>();

    public async Task<GenerationReport> GenerateAsync(GeneratorOptions options, CancellationToken ct = default)
    {
        Validate(options);
        var total = Stopwatch.StartNew();
        await MigrateAndSeedAsync(options.DatabasePath, ct);

        await using var connection = new SqliteConnection(AppServices.ConnectionString(options.DatabasePath));
        await connection.OpenAsync(ct);
        if (Scalar<long>(connection, "SELECT EXISTS (SELECT 1 FROM \"Measures\" WHERE \"Key\" GLOB '*-SYN-*')") == 1)
        {
            throw new InvalidOperationException($"{options.DatabasePath} already holds synthetic rows: generate into a new file.");
        }

        var journalMode = Scalar<string>(connection, "PRAGMA journal_mode");
        var synchronous = Scalar<long>(connection, "PRAGMA synchronous");
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY");
        logger.LogInformation("Loading with seed {Seed} into {Database} (journal {JournalMode} -> WAL, synchronous {Synchronous} -> OFF during the load)",
            options.Seed, options.DatabasePath, journalMode, synchronous);

        var load = new SyntheticLoad(connection, options);
        var tables = new List<TableLoad>
        {
            Timed("Sources", load.LoadSources),
            Timed("Measures", load.LoadMeasures),
            Timed("RateSteps", load.LoadSteps),
            Timed("Deadlines", load.LoadDeadlines),
            Timed("Events", load.LoadEvents),
        };

        await RebuildReadModelsAsync(options.DatabasePath, ct);
        var analyze = Stopwatch.StartNew();
        Execute(connection, "ANALYZE; PRAGMA optimize;");
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        var restored = Scalar<string>(connection, $"PRAGMA journal_mode = {journalMode}");
        Execute(connection, $"PRAGMA synchronous = {synchronous}");
        logger.LogInformation("ANALYZE and PRAGMA optimize took {Seconds:0.0} s; journal mode is {JournalMode} again", analyze.Elapsed.TotalSeconds, restored);

        var report = new GenerationReport(tables, load.Probe(), total.Elapsed);
        logger.LogInformation("Generated {Rows:N0} rows in {Seconds:0.0} s. Check: {Imposer} on {Target} at {At:O} should be {Headline}% over {Layers} layers",
            tables.Sum(t => t.Rows + t.LinkRows), report.Elapsed.TotalSeconds, report.Probe.Imposer, report.Probe.Target,
            report.Probe.At, report.Probe.ExpectedHeadlinePercent, report.Probe.ExpectedLayers);
        return report;

        TableLoad Timed(string table, Func<(int Rows, long LinkRows)> stage)
        {
            ct.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var (rows, links) = stage();
            var result = new TableLoad(table, rows, links, watch.Elapsed);
            logger.LogInformation("{Table}: {Rows:N0} rows + {LinkRows:N0} link rows in {Seconds:0.0} s ({RowsPerSecond:N0} rows/s)",
                table, rows, links, result.Elapsed.TotalSeconds, result.RowsPerSecond);
            return result;
        }
    }

    private async Task MigrateAndSeedAsync(string databasePath, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using (var host = AppServices.Build(databasePath, loggerFactory))
        {
            await using (var db = await host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct))
            {
                await db.Database.MigrateAsync(ct);
            }

            await host.Services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
            await host.Services.GetRequiredService<ProductLineSeeder>().SeedAsync(ct);
        }

        // The app's pooled connections stay idle in this process; close them so the journal mode can change.
        SqliteConnection.ClearPool(new SqliteConnection(AppServices.ConnectionString(databasePath)));
        logger.LogInformation("Migrated and seeded {Database} in {Seconds:0.0} s", databasePath, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The read models from the loaded rows, with the app's own rebuild (decision 0011).</summary>
    private async Task RebuildReadModelsAsync(string databasePath, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using (var host = AppServices.Build(databasePath, loggerFactory))
        {
            await host.Services.GetRequiredService<ReadModelSet>()
                .RebuildAsync(host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), all: true, ct);
        }

        SqliteConnection.ClearPool(new SqliteConnection(AppServices.ConnectionString(databasePath)));
        logger.LogInformation("Rebuilt the read models in {Seconds:0.0} s", watch.Elapsed.TotalSeconds);
    }

    private static void Validate(GeneratorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new ArgumentException("A database path is required.", nameof(options));
        }

        // Every generated row cites a source, so at least one is needed.
        if (options.Events < 0 || options.Measures < 0 || options.Steps < 0 || options.Deadlines < 0 || options.Sources < 1 || options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options,
                "Counts must not be negative, and at least one source and a batch of at least one row are needed.");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
