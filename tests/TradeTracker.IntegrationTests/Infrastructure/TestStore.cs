using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using TradeTracker.Web.Data;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The store one fixture runs on, fresh and its own: a SQLite file under the fixture's temp directory, or, when
/// <c>TRADETRACKER_TEST_POSTGRES</c> names a PostgreSQL server (an Npgsql connection string without a database, e.g.
/// <c>Host=127.0.0.1;Port=55432;Username=postgres</c>), a database created for the fixture and dropped after it.
/// <c>tests/run.sh</c> runs the integration suite once on each.</summary>
public sealed class TestStore : IDisposable
{
    public const string PostgresVariable = "TRADETRACKER_TEST_POSTGRES";

    /// <summary>The trait (<c>[Trait("Store", TestStore.SqliteOnly)]</c>) of tests about SQLite files themselves (an old
    /// store's upgrade, the synthetic generator's bulk writer): the PostgreSQL pass runs with
    /// <c>--filter "Store!=SqliteOnly"</c>.</summary>
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>The trait of tests that need PostgreSQL (copying a store into it, instances listening to it): they skip,
    /// saying so, without <see cref="PostgresVariable"/>, and the SQLite pass of <c>tests/run.sh</c> leaves them out
    /// (<c>--filter "Store!=PostgresOnly"</c>) since the PostgreSQL pass runs them.</summary>
    public const string PostgresOnly = "PostgresOnly";

    private readonly string? postgresServer;
    private readonly string? databaseName;

    public TestStore(string directory)
        : this(directory, Environment.GetEnvironmentVariable(PostgresVariable))
    {
    }

    /// <summary>A SQLite file under <paramref name="directory"/> when <paramref name="postgresServer"/> is null, else a new
    /// database on that server, whichever pass the suite runs in (the store copy's tests need both).</summary>
    public TestStore(string directory, string? postgresServer)
    {
        this.postgresServer = postgresServer;
        if (string.IsNullOrWhiteSpace(postgresServer))
        {
            Provider = StoreProvider.Sqlite;
            SqlitePath = Path.Combine(directory, "tradetracker.db");
            ConnectionString = $"Data Source={SqlitePath}";
            return;
        }

        Provider = StoreProvider.Postgres;
        databaseName = $"tt_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{databaseName}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = databaseName }.ToString();
    }

    /// <summary>Whether the suite runs on PostgreSQL in this process (<see cref="PostgresVariable"/> is set).</summary>
    public static bool OnPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>A connection straight to the store, past the app (read-only on SQLite), for tests that check what is
    /// really stored. SQL both providers run: quoted names, standard functions.</summary>
    public async Task<DbConnection> OpenDirectAsync(CancellationToken ct)
    {
        DbConnection connection = Provider == StoreProvider.Sqlite
            ? new SqliteConnection($"Data Source={SqlitePath};Mode=ReadOnly;Pooling=False")
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>The name of every table in the store, the provider's own (FTS, history) included.</summary>
    public async Task<List<string>> TableNamesAsync(DbConnection connection, CancellationToken ct)
    {
        await using var list = connection.CreateCommand();
        list.CommandText = Provider == StoreProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
        var tables = new List<string>();
        await using var reader = await list.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Whether the store is still there (the file, or the database on the server).</summary>
    public bool Exists()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            return File.Exists(SqlitePath);
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", databaseName!);
        return (long)command.ExecuteScalar()! == 1;
    }

    public void Dispose()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
