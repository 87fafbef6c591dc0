using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.StoreCopy;

namespace TradeTracker.Web.Setup;

/// <summary><c>copy-store --from "Data Source=store.db" --to "Host=...;Database=..."</c>: copies a SQLite store into an
/// empty PostgreSQL database (<see cref="StoreCopier"/>) instead of starting the web app, prints one line per table and
/// exits 0 only when every table's rows and checksum match (docs/store-copy.md). Each store's context is built by the
/// app's own registrations, so the copy sees the model the app runs on.</summary>
public static class StoreCopyCommand
{
    public const string Name = "copy-store";

    private const string Usage =
        "Usage: copy-store --from \"Data Source=/path/store.db\" --to \"Host=127.0.0.1;Port=5432;Username=postgres;Database=tradetracker\"";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <returns>0 when every table matches; 1 when the copy was refused, failed or differs (nothing committed); 2 for a
    /// wrong command line.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var options = args.Skip(1).Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (args.Length != 5 || !options.TryGetValue("--from", out var from) || !options.TryGetValue("--to", out var to))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            using var sourceStore = StoreServices(StoreProvider.Sqlite, SourceConnectionString(from));
            using var targetStore = StoreServices(StoreProvider.Postgres, TargetConnectionString(to));
            await using var source = await sourceStore.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            await using var target = await targetStore.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

            var clock = Stopwatch.StartNew();
            var results = await StoreCopier.CopyAsync(source, target, result => output.WriteLine(Line(result)));
            var rows = results.Sum(r => r.SourceRows);
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            var differing = results.Count(r => !r.Matches);
            await output.WriteLineAsync(differing == 0
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Copied {rows:N0} rows of {results.Count} tables in {seconds:N1} s ({rows / seconds:N0} rows/s): committed.")
                : $"{differing} of {results.Count} tables differ: nothing was committed (the target keeps the schema, no rows).");
            return differing == 0 ? 0 : 1;
        }
        catch (StoreCopyException e)
        {
            await error.WriteLineAsync($"copy-store: {e.Message}");
            return 1;
        }
    }

    /// <summary>"Events  1,000,000 rows  sha256 ab12cd34ef56ab78…  ok"; on a mismatch, what PostgreSQL holds instead.</summary>
    private static string Line(TableCopyResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Table,-22}{result.SourceRows,12:N0} rows  sha256 {result.SourceSha256[..16]}…  ") + (result.Matches
            ? "ok"
            : string.Create(CultureInfo.InvariantCulture,
                $"MISMATCH: PostgreSQL has {result.TargetRows:N0} rows, sha256 {result.TargetSha256[..16]}…"));

    /// <summary>The SQLite file opened read-only (a path relative to the working directory, as the shell means it); a
    /// file that does not exist is refused rather than created.</summary>
    private static string SourceConnectionString(string from)
    {
        var connection = ConnectionString(() => new SqliteConnectionStringBuilder(from), "--from");
        if (string.IsNullOrEmpty(connection.DataSource))
        {
            throw new StoreCopyException("--from names no file (Data Source=...).");
        }

        connection.DataSource = Path.GetFullPath(connection.DataSource);
        if (!File.Exists(connection.DataSource))
        {
            throw new StoreCopyException($"{connection.DataSource} does not exist.");
        }

        connection.Mode = SqliteOpenMode.ReadOnly;
        connection.Pooling = false;
        return connection.ToString();
    }

    private static string TargetConnectionString(string to)
    {
        var connection = ConnectionString(() => new NpgsqlConnectionStringBuilder(to), "--to");
        if (string.IsNullOrEmpty(connection.Database))
        {
            throw new StoreCopyException("--to names no database (Database=...): name a new, empty one.");
        }

        return connection.ToString();
    }

    private static T ConnectionString<T>(Func<T> parse, string option)
    {
        try
        {
            return parse();
        }
        catch (ArgumentException e)
        {
            throw new StoreCopyException($"{option} is not a connection string (\"Key=value;...\"): {e.Message}", e);
        }
    }

    /// <summary>The app's store registrations on one connection, without the web server. Accounts are registered because
    /// Identity's options shape the model.</summary>
    private static IHost StoreServices(StoreProvider provider, string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = provider.ToString(),
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = connectionString,
        });
        builder.Services.AddTradeTrackerDatabase();
        builder.Services.AddTradeTrackerAccounts(builder.Configuration);
        return builder.Build();
    }
}
