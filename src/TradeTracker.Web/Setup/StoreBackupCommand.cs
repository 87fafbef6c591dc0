using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Backup;

namespace TradeTracker.Web.Setup;

/// <summary>What <see cref="StoreBackupCommand"/> exits with (docs/operations.md).</summary>
public enum BackupExitCode
{
    Done = 0,

    /// <summary>Stopped by an error while working (disk, SQLite); nothing was replaced, no backup file was left.</summary>
    Failed = 1,
    Usage = 2,

    /// <summary>The configured store is PostgreSQL: the message gives the pg_dump or pg_restore command to run.</summary>
    PostgresStore = 3,

    /// <summary>Restore only: another process has the store open.</summary>
    StoreInUse = 4,

    /// <summary>The backup (or the copy just made) fails its check.</summary>
    BadBackup = 5,

    /// <summary>The store or the backup does not exist, its folder does not, or the backup to write already exists.</summary>
    WrongPath = 6,
}

/// <summary><c>backup --to /path/x.db</c> and <c>restore --from /path/x.db</c>: back up the configured SQLite store while
/// the app runs, or put a backup in its place while the app is stopped (<see cref="SqliteBackup"/>), instead of starting
/// the web app. The store is the one the app would open: the same configuration (appsettings, the environment's
/// settings, environment variables, and any further arguments such as
/// <c>--Database:ConnectionString "Data Source=/srv/tradetracker.db"</c>), a relative path resolved as the app does.
/// Prints one line; errors are one line on standard error and a distinct exit code (<see cref="BackupExitCode"/>).</summary>
public static class StoreBackupCommand
{
    public const string BackupName = "backup";
    public const string RestoreName = "restore";

    private const string Usage =
        "Usage: backup --to /path/backup.db | restore --from /path/backup.db  [--Database:ConnectionString \"Data Source=/path/store.db\"]";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] is BackupName or RestoreName;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null) =>
        (int)await RunCommandAsync(args, output ?? Console.Out, error ?? Console.Error);

    private static async Task<BackupExitCode> RunCommandAsync(string[] args, TextWriter output, TextWriter error)
    {
        var restore = args[0] == RestoreName;
        if (args.Length < 3 || args[1] != (restore ? "--from" : "--to") || args[2].StartsWith('-'))
        {
            await error.WriteLineAsync(Usage);
            return BackupExitCode.Usage;
        }

        var file = Path.GetFullPath(args[2]);
        try
        {
            await using var app = StoreCommandHost.Build(args[3..]);
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var connectionString = db.Database.GetConnectionString()!;
            if (!db.Database.IsSqlite())
            {
                await error.WriteLineAsync(PostgresAdvice(args[0], connectionString, file));
                return BackupExitCode.PostgresStore;
            }

            var store = StorePath(connectionString);
            var clock = Stopwatch.StartNew();
            if (restore)
            {
                var restored = await SqliteBackup.RestoreAsync(db, file, store, TimeProvider.System.GetUtcNow());
                await output.WriteLineAsync($"Restored {file} into {store}: {Describe(restored.Check)}, {Seconds(clock)}" + (restored.PreviousStore is null
                    ? "; there was no store before."
                    : $"; the previous store is kept as {restored.PreviousStore}."));
            }
            else
            {
                var check = await SqliteBackup.BackupAsync(db, store, file);
                await output.WriteLineAsync($"Backed up {store} to {file}: {Describe(check)}, {Seconds(clock)}.");
            }

            return BackupExitCode.Done;
        }
        catch (BackupException e)
        {
            await error.WriteLineAsync($"{args[0]}: {e.Message}");
            return e.Problem switch
            {
                BackupProblem.InUse => BackupExitCode.StoreInUse,
                BackupProblem.BadBackup => BackupExitCode.BadBackup,
                _ => BackupExitCode.WrongPath,
            };
        }
        catch (Exception e)
        {
            // Anything else (a disk or the store failing part-way, a setting the app cannot start with) is one line too:
            // the store's name still points at the old file, and no partial backup is left under the name asked for.
            await error.WriteLineAsync($"{args[0]}: stopped, nothing was replaced: {e.Message}");
            return BackupExitCode.Failed;
        }
    }

    /// <summary>"3.1 MB, 12,345 rows in 32 tables, integrity ok" (and the migrations the app applies at its next start).</summary>
    private static string Describe(BackupCheck check) => string.Create(CultureInfo.InvariantCulture,
        $"{check.Bytes / 1024.0 / 1024.0:N1} MB, {check.Rows:N0} rows in {check.Tables} tables, integrity ok")
        + (check.PendingMigrations == 0 ? "" : $", {check.PendingMigrations} migrations to apply at the next start");

    private static string Seconds(Stopwatch clock) => string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:N1} s");

    /// <summary>The SQLite file of a connection string the app built (already resolved against the content root).</summary>
    private static string StorePath(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:"
            ? throw new BackupException(BackupProblem.WrongPath, $"Database:ConnectionString names no file ({connectionString}).")
            : Path.GetFullPath(dataSource);
    }

    /// <summary>The pg_dump or pg_restore command for the configured database (never its password).</summary>
    private static string PostgresAdvice(string command, string connectionString, string file)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var target = string.Create(CultureInfo.InvariantCulture,
            $"--host={database.Host} --port={database.Port} --username={database.Username} --dbname={database.Database}");
        return command == RestoreName
            ? $"{command}: the store is PostgreSQL: stop every instance, then run pg_restore --clean --if-exists --no-owner {target} {file} (password from PGPASSWORD or ~/.pgpass; docs/operations.md)."
            : $"{command}: the store is PostgreSQL: run pg_dump --format=custom --file={file} {target} (password from PGPASSWORD or ~/.pgpass; docs/operations.md).";
    }
}
