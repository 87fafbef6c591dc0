using Microsoft.Data.Sqlite;

namespace TradeTracker.DataGenerator;

/// <summary>One open connection writing prepared INSERTs inside large transactions: every <c>batchSize</c> rows (over all
/// tables) the transaction commits and the next one starts, and every command is moved onto it (still prepared).</summary>
internal sealed class BulkWriter(SqliteConnection connection, int batchSize) : IDisposable
{
    private readonly List<SqliteCommand> commands = [];
    private SqliteTransaction? transaction;
    private int pending;

    /// <summary>Rows written since the writer was created.</summary>
    public long Rows { get; private set; }

    /// <summary>A prepared <c>INSERT INTO table (columns) VALUES (...)</c>; call <see cref="Insert"/> with one value per column.</summary>
    public Inserter Prepare(string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        }

        commands.Add(command);
        command.Transaction = EnsureTransaction();
        command.Prepare();
        return new Inserter(this, command);
    }

    /// <summary>Commits what is pending (the next insert starts a new transaction).</summary>
    public void Commit()
    {
        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
        pending = 0;
    }

    public void Dispose()
    {
        Commit();
        foreach (var command in commands)
        {
            command.Dispose();
        }
    }

    private SqliteTransaction EnsureTransaction()
    {
        if (transaction is null)
        {
            transaction = connection.BeginTransaction();
            foreach (var command in commands)
            {
                command.Transaction = transaction;
            }
        }

        return transaction;
    }

    private void Execute(SqliteCommand command)
    {
        EnsureTransaction();
        command.ExecuteNonQuery();
        Rows++;
        if (++pending >= batchSize)
        {
            Commit();
        }
    }

    internal readonly struct Inserter(BulkWriter writer, SqliteCommand command)
    {
        public void Insert(params ReadOnlySpan<object?> values)
        {
            if (values.Length != command.Parameters.Count)
            {
                throw new ArgumentException($"Expected {command.Parameters.Count} values, got {values.Length}: {command.CommandText}", nameof(values));
            }

            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            writer.Execute(command);
        }
    }
}
