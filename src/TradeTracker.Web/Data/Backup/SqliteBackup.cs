using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TradeTracker.Web.Data.Backup;

/// <summary>Why a backup or a restore stopped; the command turns each into its own exit code.</summary>
public enum BackupProblem
{
    /// <summary>A file that must exist does not (the store, the backup, their folder), or one that must not exists (the
    /// backup to write).</summary>
    WrongPath,

    /// <summary>Another process has the store open (restore only).</summary>
    InUse,

    /// <summary>The backup, or the copy just made, fails its check: integrity_check, not a TradeTracker store, or made by a
    /// newer version.</summary>
    BadBackup,
}

/// <summary>A reason a backup or restore did not happen, said to the user as it is; nothing was replaced.</summary>
public sealed class BackupException(BackupProblem problem, string message) : Exception(message)
{
    public BackupProblem Problem { get; } = problem;
}

/// <summary>What a checked store file holds: its size, the rows of the app's tables, and the migrations this version
/// would still apply to it at start.</summary>
public sealed record BackupCheck(long Bytes, long Rows, int Tables, int PendingMigrations);

/// <summary>The result of a restore: what was put in place and where the store it replaced was kept (null when there was
/// none).</summary>
public sealed record RestoreResult(BackupCheck Check, string? PreviousStore);

/// <summary>Backup and restore of the SQLite store (docs/operations.md). The store runs in WAL mode: commits live in
/// <c>-wal</c> until a checkpoint folds them into the main file, so copying the main file alone loses them.
/// <para>A backup is <c>VACUUM INTO</c> on a read-only connection: one read transaction, so a consistent snapshot of
/// every commit (WAL included) at its start, while the app goes on reading and writing (in WAL mode a reader blocks no
/// writer); the live store is never written, not even checkpointed. The result is one compact file in rollback-journal
/// mode with no <c>-wal</c> beside it. SQLite does not fsync it, so it is written beside the target under a temporary
/// name, checked, flushed to disk and only then renamed to the name asked for.</para>
/// <para>A restore checks a copy of the backup beside the store, switches it to WAL (as the app creates its stores),
/// makes sure no other process has the store open, keeps the old store, removes its <c>-wal</c>/<c>-shm</c> (a stale WAL
/// replayed onto the new file would corrupt it) and renames the copy over the store: the store's name points at the old
/// file or at the new, checked one, never at a half-written one.</para></summary>
public static class SqliteBackup
{
    private static readonly string[] Sidecars = ["-wal", "-shm", "-journal"];

    /// <summary>Writes a checked, consistent copy of <paramref name="storePath"/> to <paramref name="backupPath"/>, which
    /// must not exist yet.</summary>
    /// <param name="db">A context of the app (its model and migrations); its connection is not used.</param>
    public static async Task<BackupCheck> BackupAsync(AppDbContext db, string storePath, string backupPath, CancellationToken ct = default)
    {
        if (!File.Exists(storePath))
        {
            throw new BackupException(BackupProblem.WrongPath, $"{storePath} does not exist: there is no store to back up (Database:ConnectionString).");
        }

        var folder = ExistingFolder(backupPath);
        if (File.Exists(backupPath) || Directory.Exists(backupPath))
        {
            throw new BackupException(BackupProblem.WrongPath, $"{backupPath} already exists: name a new file.");
        }

        var partial = Path.Combine(folder, $".{Path.GetFileName(backupPath)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var store = Open(storePath, SqliteOpenMode.ReadOnly))
            {
                await store.OpenAsync(ct);
                await using var vacuum = store.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path";
                vacuum.Parameters.AddWithValue("$path", partial);
                vacuum.CommandTimeout = 0;
                await vacuum.ExecuteNonQueryAsync(ct);
            }

            var check = await CheckAsync(db, partial, backupPath, ct);
            FlushToDisk(partial);
            File.Move(partial, backupPath, overwrite: false);
            return check;
        }
        finally
        {
            DeleteWithSidecars(partial);
        }
    }

    /// <summary>Puts the backup <paramref name="backupPath"/> in place of the store <paramref name="storePath"/> (which
    /// need not exist), after checking it; the replaced store is kept beside it with <paramref name="now"/> in its
    /// name.</summary>
    public static async Task<RestoreResult> RestoreAsync(AppDbContext db, string backupPath, string storePath, DateTimeOffset now, CancellationToken ct = default)
    {
        if (!File.Exists(backupPath))
        {
            throw new BackupException(BackupProblem.WrongPath, $"{backupPath} does not exist.");
        }

        var folder = ExistingFolder(storePath);
        var incoming = Path.Combine(folder, $".{Path.GetFileName(storePath)}.{Guid.NewGuid():N}.restoring");
        try
        {
            File.Copy(backupPath, incoming);
            var check = await CheckAsync(db, incoming, backupPath, ct);
            await UseWalAsync(incoming, ct);
            FlushToDisk(incoming);

            using var alone = SqliteStoreLock.TryTakeAlone(storePath) ?? throw InUse(storePath);
            var previous = await SetAsideAsync(storePath, now, ct);
            foreach (var sidecar in Sidecars)
            {
                File.Delete(storePath + sidecar);
            }

            File.Move(incoming, storePath, overwrite: true);
            return new RestoreResult(check, previous);
        }
        finally
        {
            DeleteWithSidecars(incoming);
        }
    }

    /// <summary>Checks a store file with the app's model: <c>PRAGMA integrity_check</c> answers ok, the file has this
    /// app's migration history and no migration this version does not know, and every table of the model it has is
    /// counted. Throws <see cref="BackupException"/> (<see cref="BackupProblem.BadBackup"/>) otherwise, naming the file as
    /// <paramref name="shownAs"/> (the file the user named, of which <paramref name="path"/> is the copy).</summary>
    private static async Task<BackupCheck> CheckAsync(AppDbContext db, string path, string shownAs, CancellationToken ct)
    {
        await using var connection = Open(path, SqliteOpenMode.ReadWrite);
        try
        {
            await connection.OpenAsync(ct);
            var problems = await ReadColumnAsync(connection, "PRAGMA integrity_check", ct);
            if (problems is not ["ok"])
            {
                throw new BackupException(BackupProblem.BadBackup, $"{shownAs} fails PRAGMA integrity_check: {string.Join("; ", problems.Take(3))}.");
            }

            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
            if (applied.Count == 0)
            {
                throw new BackupException(BackupProblem.BadBackup, $"{shownAs} is a SQLite database but not a TradeTracker store (no migration history).");
            }

            var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            if (applied.FirstOrDefault(m => !known.Contains(m)) is { } newer)
            {
                throw new BackupException(BackupProblem.BadBackup, $"{shownAs} was made by a newer version of the app (migration {newer}): restore it with that version.");
            }

            var present = (await ReadColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'", ct)).ToHashSet(StringComparer.Ordinal);
            var tables = db.Model.GetRelationalModel().Tables.Select(t => t.Name).Where(present.Contains).ToList();
            long rows = 0;
            foreach (var table in tables)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                rows += Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }

            return new BackupCheck(new FileInfo(path).Length, rows, tables.Count, known.Count - applied.Count);
        }
        catch (SqliteException e)
        {
            throw new BackupException(BackupProblem.BadBackup, $"{shownAs} cannot be read as a SQLite store: {e.Message}");
        }
    }

    /// <summary>Makes sure no other process has the store open and keeps a copy of it (its WAL folded in) as
    /// <c>store.before-restore-yyyyMMdd-HHmmss</c>; null when there is no store. A store SQLite cannot open as a database
    /// (damaged) is kept as it is, its <c>-wal</c> beside it.</summary>
    private static async Task<string?> SetAsideAsync(string storePath, DateTimeOffset now, CancellationToken ct)
    {
        if (!File.Exists(storePath))
        {
            return null;
        }

        var damaged = false;
        // Microsoft.Data.Sqlite retries a busy store until the command timeout: one second is enough to tell an open
        // store from a free one.
        await using (var store = Open(storePath, SqliteOpenMode.ReadWrite, timeoutSeconds: 1))
        {
            try
            {
                await store.OpenAsync(ct);

                // No app serves the store (the lock file); an exclusive lock also waits out anything else in the middle
                // of a transaction on it (a sqlite3 shell); then fold the WAL into the main file.
                await ExecuteAsync(store, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT COUNT(*) FROM sqlite_master; COMMIT;", ct);
                await ExecuteAsync(store, "PRAGMA wal_checkpoint(TRUNCATE)", ct);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
            {
                throw InUse(storePath);
            }
            catch (SqliteException)
            {
                damaged = true;
            }
        }

        var kept = $"{storePath}.before-restore-{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        File.Copy(storePath, kept);
        FlushToDisk(kept);
        if (damaged && File.Exists(storePath + "-wal"))
        {
            File.Copy(storePath + "-wal", kept + "-wal");
        }

        return kept;
    }

    /// <summary>Switches the file to WAL, the mode the app's stores run in (kept in the file's header); closing the only
    /// connection folds the (empty) WAL back and removes it.</summary>
    private static BackupException InUse(string storePath) =>
        new(BackupProblem.InUse, $"{storePath} is in use (another process has it open): stop the app, then restore again.");

    private static async Task UseWalAsync(string path, CancellationToken ct)
    {
        await using var connection = Open(path, SqliteOpenMode.ReadWrite);
        await connection.OpenAsync(ct);
        var mode = await ReadColumnAsync(connection, "PRAGMA journal_mode = WAL", ct);
        if (mode is not ["wal"])
        {
            throw new BackupException(BackupProblem.BadBackup, $"The copy of the backup cannot be switched to WAL mode (journal mode {string.Join("", mode)}).");
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode, int timeoutSeconds = 30) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = timeoutSeconds }.ToString());

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<string>> ReadColumnAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static string ExistingFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        return Directory.Exists(folder)
            ? folder
            : throw new BackupException(BackupProblem.WrongPath, $"The folder {folder} does not exist.");
    }

    /// <summary>fsync: the bytes are on disk before the rename makes the file count.</summary>
    private static void FlushToDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    private static void DeleteWithSidecars(string path)
    {
        File.Delete(path);
        foreach (var sidecar in Sidecars)
        {
            File.Delete(path + sidecar);
        }
    }
}
