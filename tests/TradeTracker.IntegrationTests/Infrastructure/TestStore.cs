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
