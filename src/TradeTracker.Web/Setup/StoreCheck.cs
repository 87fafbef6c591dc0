using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Setup;

/// <summary>Checks once, before migrations, that the configured store can be used, so that a wrong path, a read-only
/// file or a server that does not answer stops the start with one line naming it and the fix
/// (<see cref="StartupExit.StoreUnusable"/>), instead of a stack trace from the first query. It talks to the store past
/// EF Core, so nothing else is logged.</summary>
public sealed class StoreCheck(IDbContextFactory<AppDbContext> contexts, IOptions<DatabaseOptions> database)
{
    /// <summary>Throws <see cref="StartupFailure"/> when the store cannot be used. For a SQLite file, returns the lock
    /// that says an app serves it (<see cref="SqliteStoreLock"/>), to hold until the app stops.</summary>
    public async Task<IDisposable?> EnsureUsableAsync()
    {
        string connectionString;
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            connectionString = db.Database.GetConnectionString()!;
        }
        catch (ArgumentException error)
        {
            throw new StartupFailure(StartupExit.SettingRefused,
                $"Database:ConnectionString is not a {database.Value.Provider} connection string ({error.Message}).");
        }

        if (database.Value.Provider == StoreProvider.Postgres)
        {
            await EnsurePostgresAnswersAsync(connectionString);
            return null;
        }

        return await EnsureSqliteWritableAsync(connectionString);
    }

    private static async Task<IDisposable?> EnsureSqliteWritableAsync(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (path is "" or ":memory:")
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw Unusable($"The SQLite store's folder {folder} does not exist: create it (mkdir -p {folder}) or set Database:ConnectionString to a file in an existing folder.");
        }

        if (!CanCreateFileIn(folder))
        {
            throw Unusable($"The SQLite store's folder {folder} is read-only (SQLite writes its -wal and -shm files beside the store): make it writable for the app's user, or set Database:ConnectionString to a file in a writable folder.");
        }

        if (File.Exists(path) && !CanWrite(path))
        {
            throw Unusable($"The SQLite store {path} is read-only: make it writable for the app's user, or set Database:ConnectionString to a writable copy.");
        }

        var serving = SqliteStoreLock.TryShare(path)
            ?? throw Unusable($"The SQLite store {path} is being restored (the restore holds {SqliteStoreLock.PathOf(path)}): start the app once it has finished.");
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var write = connection.CreateCommand();
            write.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await write.ExecuteNonQueryAsync();
        }
        catch (SqliteException error)
        {
            serving.Dispose();
            throw Unusable($"The SQLite store {path} cannot be used ({error.Message}): restore it from a backup, or set Database:ConnectionString to another file.");
        }

        return serving;
    }

    private static async Task EnsurePostgresAnswersAsync(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            await connection.OpenAsync();
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The server answers and the database does not exist yet: the migrations create it.
        }
        catch (NpgsqlException error)
        {
            var reason = error.InnerException?.Message ?? error.Message;
            throw Unusable($"PostgreSQL at {settings.Host}:{settings.Port} (database {settings.Database}) cannot be used ({reason}): start the server, or fix Database:ConnectionString (host, port, user, password).");
        }
    }

    private static bool CanCreateFileIn(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".tradetracker-write-check-{Guid.NewGuid():N}"),
                FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanWrite(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static StartupFailure Unusable(string message) => new(StartupExit.StoreUnusable, message);
}
