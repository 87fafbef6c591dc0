using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TradeTracker.Web.Data.StoreCopy;

/// <summary>What one table's copy came to: the rows and checksum read from SQLite, and those read back from PostgreSQL.</summary>
public sealed record TableCopyResult(string Table, long SourceRows, string SourceSha256, long TargetRows, string TargetSha256)
{
    public bool Matches => SourceRows == TargetRows && SourceSha256 == TargetSha256;
}

/// <summary>A reason the copy did not start or did not finish, said to the user as it is (the target is left as it was,
/// or with the schema only).</summary>
public sealed class StoreCopyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Copies a SQLite store into an empty PostgreSQL database, verbatim: every table of the model (<see
/// cref="CopyPlan"/>), read from SQLite with plain ADO.NET in primary-key order inside one read transaction (a consistent
/// snapshot) and written with Npgsql's binary COPY inside one PostgreSQL transaction; no EF Core change tracking, so no
/// audit entry, stamp or version is added. Each table is then read back and its row count and checksum (<see
/// cref="TableChecksum"/>) compared with the source's; identity sequences continue after the copied ids. The
/// transaction commits only when every table matches, so a failed or mismatched copy leaves the target with its
/// schema and no rows.</summary>
public static class StoreCopier
{
    private const string HistoryTable = "__EFMigrationsHistory";

    /// <param name="source">A context on the SQLite store (opened read-only by the caller's connection string).</param>
    /// <param name="target">A context on the PostgreSQL database; its migrations are applied here.</param>
    /// <param name="copied">Called as each table is copied and verified.</param>
    public static async Task<IReadOnlyList<TableCopyResult>> CopyAsync(
        AppDbContext source, AppDbContext target, Action<TableCopyResult> copied, CancellationToken ct = default)
    {
        var sourceConnection = source.Database.GetConnectionString()!;
        var targetConnection = new NpgsqlConnectionStringBuilder(target.Database.GetConnectionString()) { CommandTimeout = 0 }.ToString();
        await CheckSourceAsync(source, sourceConnection, ct);
        await CheckTargetAsync(targetConnection, ct);
        await target.Database.MigrateAsync(ct);
        var plan = CopyPlan.Create(source.Model, target.Model);

        await using var sqlite = new SqliteConnection(sourceConnection);
        await sqlite.OpenAsync(ct);
        await using var snapshot = sqlite.BeginTransaction(deferred: true);
        await using var postgres = new NpgsqlConnection(targetConnection);
        await postgres.OpenAsync(ct);
        await using var transaction = await postgres.BeginTransactionAsync(ct);

        var results = new List<TableCopyResult>();
        foreach (var table in plan)
        {
            var (sourceRows, sourceSha256) = await CopyTableAsync(table, snapshot, postgres, ct);
            var (targetRows, targetSha256) = await ChecksumTargetAsync(table, postgres, ct);
            var result = new TableCopyResult(table.Name, sourceRows, sourceSha256, targetRows, targetSha256);
            results.Add(result);
            copied(result);
        }

        if (results.All(r => r.Matches))
        {
            await ResetSequencesAsync(postgres, plan, ct);
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
        }

        return results;
    }

    private static async Task CheckSourceAsync(AppDbContext source, string connectionString, CancellationToken ct)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(ct);
        }
        catch (SqliteException e)
        {
            throw new StoreCopyException($"{path} is not a SQLite store: {e.Message}", e);
        }

        var applied = (await source.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var known = source.Database.GetMigrations().ToList();
        if (applied.Count == 0)
        {
            throw new StoreCopyException($"{path} is a SQLite file but not a TradeTracker store (it has no applied migrations).");
        }

        if (known.Except(applied).ToList() is { Count: > 0 } pending)
        {
            throw new StoreCopyException(
                $"{path} is at an older schema than this version of the app (pending: {string.Join(", ", pending)}): start this version " +
                "of the app on it once (it migrates at start), then copy.");
        }

        if (applied.Except(known).ToList() is { Count: > 0 } unknown)
        {
            throw new StoreCopyException(
                $"{path} was migrated by a newer version of the app ({string.Join(", ", unknown)}): copy it with that version.");
        }
    }

    /// <summary>Refuses a target that cannot be reached or holds any row (a database that does not exist yet is fine:
    /// the migrations create it).</summary>
    private static async Task CheckTargetAsync(string connectionString, CancellationToken ct)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new StoreCopyException($"Cannot connect to PostgreSQL at {settings.Host}:{settings.Port}: {Innermost(e).Message}", e);
        }

        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> @history ORDER BY c.relname", connection))
        {
            list.Parameters.AddWithValue("history", HistoryTable);
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var holdingRows = new List<string>();
        foreach (var table in tables)
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {CopyTable.Quote(table)})", connection);
            if ((bool)(await any.ExecuteScalarAsync(ct))!)
            {
                holdingRows.Add(table);
            }
        }

        if (holdingRows.Count > 0)
        {
            var named = string.Join(", ", holdingRows.Take(3)) + (holdingRows.Count > 3 ? $" and {holdingRows.Count - 3} more tables" : "");
            throw new StoreCopyException(
                $"The target database \"{settings.Database}\" is not empty ({named} hold rows): nothing was written. Copy into a " +
                "new, empty database.");
        }
    }

    private static async Task<(long Rows, string Sha256)> CopyTableAsync(
        CopyTable table, SqliteTransaction snapshot, NpgsqlConnection postgres, CancellationToken ct)
    {
        using var checksum = new TableChecksum();
        var values = new object?[table.Columns.Count];
        try
        {
            await using var importer = await postgres.BeginBinaryImportAsync(
                $"COPY {table.QuotedName} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
            await using var command = snapshot.Connection!.CreateCommand();
            command.Transaction = snapshot;
            command.CommandText = $"SELECT {table.ColumnList} FROM {table.QuotedName} ORDER BY {table.KeyOrder("BINARY")}";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = table.Columns[i].ReadSource(reader, i);
                }

                checksum.AddRow(values);
                await importer.StartRowAsync(ct);
                for (var i = 0; i < values.Length; i++)
                {
                    if (table.Columns[i].ToTarget(values[i]) is { } value)
                    {
                        await importer.WriteAsync(value, table.Columns[i].TargetType, ct);
                    }
                    else
                    {
                        await importer.WriteNullAsync(ct);
                    }
                }
            }

            await importer.CompleteAsync(ct);
        }
        catch (PostgresException e)
        {
            throw new StoreCopyException($"PostgreSQL refused a row of {table.Name}: {e.MessageText} {e.Where}".TrimEnd(), e);
        }

        return (checksum.Rows, checksum.Sha256());
    }

    private static async Task<(long Rows, string Sha256)> ChecksumTargetAsync(CopyTable table, NpgsqlConnection postgres, CancellationToken ct)
    {
        using var checksum = new TableChecksum();
        var values = new object?[table.Columns.Count];
        await using var command = new NpgsqlCommand(
            $"SELECT {table.ColumnList} FROM {table.QuotedName} ORDER BY {table.KeyOrder("\"C\"")}", postgres);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = table.Columns[i].ReadTarget(reader, i);
            }

            checksum.AddRow(values);
        }

        return (checksum.Rows, checksum.Sha256());
    }

    /// <summary>Sets every sequence behind a copied table's column (identity columns) so the next id is one above the
    /// highest copied one (1 for an empty table). Only before a commit: <c>setval</c> is not undone by a rollback.</summary>
    private static async Task ResetSequencesAsync(NpgsqlConnection postgres, IReadOnlyList<CopyTable> plan, CancellationToken ct)
    {
        var sequences = new List<(string Table, string Column, string Sequence)>();
        await using (var find = new NpgsqlCommand(
            "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) FROM information_schema.columns " +
            "WHERE table_schema = current_schema() AND table_name::text = ANY(@tables) " +
            "AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL", postgres))
        {
            find.Parameters.AddWithValue("tables", plan.Select(t => t.Name).ToArray());
            await using var reader = await find.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                sequences.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (table, column, sequence) in sequences)
        {
            await using var reset = new NpgsqlCommand(
                $"SELECT setval(@sequence::regclass, COALESCE((SELECT max({CopyTable.Quote(column)}) FROM {CopyTable.Quote(table)}), 0) + 1, false)", postgres);
            reset.Parameters.AddWithValue("sequence", sequence);
            await reset.ExecuteScalarAsync(ct);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
