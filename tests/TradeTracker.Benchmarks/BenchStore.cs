using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TradeTracker.DataGenerator;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Benchmarks;

/// <summary>The generated store a run measures: a SQLite file (path in <c>TT_BENCH_DB</c>) or, with
/// <c>TT_BENCH_PROVIDER=postgres</c>, a PostgreSQL database (<c>TT_BENCH_DB</c> is then its Npgsql connection string).
/// The app's services are resolved from the app's own registrations for that provider, and one open connection serves the
/// raw commands, on the same tables and indexes. A raw read is one C# method over <see cref="RawCommand"/>s; only its
/// SQL text is per engine (<see cref="Prepare"/>).</summary>
public sealed class BenchStore : IDisposable
{
    public const string DatabaseVariable = "TT_BENCH_DB";
    public const string ProviderVariable = "TT_BENCH_PROVIDER";

    /// <summary>The dashboard's as-of for every benchmark: <c>?asOf=2025-06-09</c> (end of that day in New York).</summary>
    public static readonly DateTimeOffset AsOf = ZonedTime.EndOfDay(new DateOnly(2025, 6, 9), "America/New_York");

    private static readonly Func<string, DateTimeOffset> ParseInstant =
        (Func<string, DateTimeOffset>)new UtcInstantConverter().ConvertFromProviderExpression.Compile();

    private static readonly Func<DateTimeOffset, string> StoreInstant =
        (Func<DateTimeOffset, string>)new UtcInstantConverter().ConvertToProviderExpression.Compile();

    private readonly IHost host;
    private readonly DbConnection connection;
    private readonly List<DbCommand> commands = [];

    /// <param name="readCache">Whether the app's services keep results between changes (<c>TradeTracker:ReadCache</c>):
    /// false measures the queries, true what a repeated request costs.</param>
    public BenchStore(bool readCache)
    {
        var provider = Environment.GetEnvironmentVariable(ProviderVariable);
        Provider = string.IsNullOrWhiteSpace(provider) ? StoreProvider.Sqlite
            : Enum.TryParse<StoreProvider>(provider, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new InvalidOperationException($"{ProviderVariable} is '{provider}': use sqlite or postgres.");
        var store = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrWhiteSpace(store) || (Provider == StoreProvider.Sqlite && !File.Exists(store)))
        {
            throw new InvalidOperationException(
                $"Set {DatabaseVariable} to a store made by src/TradeTracker.DataGenerator (a SQLite file, or with {ProviderVariable}=postgres " +
                $"the connection string of its copy; see docs/performance.md); got '{store}'.");
        }

        if (Provider == StoreProvider.Postgres)
        {
            host = AppServices.Build(StoreProvider.Postgres, store, NullLoggerFactory.Instance, readCache);
            connection = new NpgsqlConnection(store);
        }
        else
        {
            host = AppServices.Build(store, NullLoggerFactory.Instance, readCache);
            connection = new SqliteConnection(AppServices.ConnectionString(store));
        }

        connection.Open();
    }

    public StoreProvider Provider { get; }

    public T Service<T>() where T : notnull => host.Services.GetRequiredService<T>();

    /// <summary>The statement for this store's engine: the same read in SQLite's SQL (parameters <c>$name</c>) or
    /// PostgreSQL's (<c>@name</c>, identifiers quoted as EF Core creates them).</summary>
    public string Sql(string sqlite, string postgres) => Provider == StoreProvider.Postgres ? postgres : sqlite;

    /// <summary>A command kept open (and disposed) with the store, prepared on its first run, with this store's engine's
    /// text (<see cref="Sql"/>); parameters are named without their prefix and set before each run.</summary>
    public RawCommand Prepare(string sqlite, string postgres, params string[] parameters) => PrepareText(Sql(sqlite, postgres), parameters);

    /// <summary><see cref="Prepare"/> for a text already in this store's engine's SQL.</summary>
    public RawCommand PrepareText(string sql, IEnumerable<string> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        commands.Add(command);
        return new RawCommand(command);
    }

    /// <summary>An instant column as the app reads it: <see cref="UtcInstantConverter"/> text on SQLite, <c>timestamptz</c> at
    /// UTC on PostgreSQL.</summary>
    public DateTimeOffset Instant(DbDataReader reader, int ordinal) =>
        Provider == StoreProvider.Postgres ? reader.GetFieldValue<DateTimeOffset>(ordinal) : ParseInstant(reader.GetString(ordinal));

    public DateTimeOffset? NullableInstant(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Instant(reader, ordinal);

    /// <summary>An instant as the app stores it, for a parameter.</summary>
    public object InstantValue(DateTimeOffset instant) =>
        Provider == StoreProvider.Postgres ? instant.ToUniversalTime() : StoreInstant(instant);

    /// <summary>Instants for one parameter: a JSON array of stored instants for <c>json_each</c> on SQLite, a
    /// <c>timestamptz[]</c> for <c>= ANY</c> on PostgreSQL.</summary>
    public object InstantList(IEnumerable<DateTimeOffset> instants) => Provider == StoreProvider.Postgres
        ? instants.Select(i => i.ToUniversalTime()).ToArray()
        : "[" + string.Join(",", instants.Select(i => $"\"{StoreInstant(i)}\"")) + "]";

    /// <summary>Ids for one parameter (one prepared statement for any count): a JSON array for <c>json_each</c> on SQLite,
    /// an <c>integer[]</c> for <c>= ANY</c> on PostgreSQL.</summary>
    public object IdList(IEnumerable<int> ids) =>
        Provider == StoreProvider.Postgres ? ids.ToArray() : "[" + string.Join(",", ids) + "]";

    /// <summary>A list of strings or numbers as the model maps it: JSON text on SQLite, an array on PostgreSQL.</summary>
    public List<T> List<T>(DbDataReader reader, int ordinal) => Provider == StoreProvider.Postgres
        ? [.. reader.GetFieldValue<T[]>(ordinal)]
        : JsonSerializer.Deserialize<List<T>>(reader.GetString(ordinal)) ?? [];

    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }

        connection.Dispose();
        host.Dispose();
    }
}

/// <summary>One raw statement: parameters set by name, prepared on its first run, once its parameters hold values
/// (PostgreSQL prepares with the values' types; each benchmark's setup runs it once before measuring).</summary>
public sealed class RawCommand(DbCommand command)
{
    private bool prepared;

    public object this[string parameter]
    {
        set => command.Parameters[parameter].Value = value;
    }

    public DbDataReader Read()
    {
        if (!prepared)
        {
            command.Prepare();
            prepared = true;
        }

        return command.ExecuteReader();
    }
}
