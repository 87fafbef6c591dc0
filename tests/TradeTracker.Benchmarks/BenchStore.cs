using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using TradeTracker.DataGenerator;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Benchmarks;

/// <summary>The generated database a run measures (path in <c>TT_BENCH_DB</c>): the app's services resolved from the
/// app's own registrations, and one open connection for the raw commands, on the same file and indexes.</summary>
public sealed class BenchStore : IDisposable
{
    public const string DatabaseVariable = "TT_BENCH_DB";

    /// <summary>The dashboard's as-of for every benchmark: <c>?asOf=2025-06-09</c> (end of that day in New York).</summary>
    public static readonly DateTimeOffset AsOf = ZonedTime.EndOfDay(new DateOnly(2025, 6, 9), "America/New_York");

    private static readonly Func<string, DateTimeOffset> ParseInstant =
        (Func<string, DateTimeOffset>)new UtcInstantConverter().ConvertFromProviderExpression.Compile();

    private static readonly Func<DateTimeOffset, string> StoreInstant =
        (Func<DateTimeOffset, string>)new UtcInstantConverter().ConvertToProviderExpression.Compile();

    private readonly IHost host;
    private readonly List<SqliteCommand> commands = [];

    /// <param name="readCache">Whether the app's services keep results between changes (<c>TradeTracker:ReadCache</c>):
    /// false measures the queries, true what a repeated request costs.</param>
    public BenchStore(bool readCache)
    {
        var path = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Set {DatabaseVariable} to a database made by src/TradeTracker.DataGenerator (see docs/performance.md); got '{path}'.");
        }

        host = AppServices.Build(path, NullLoggerFactory.Instance, readCache);
        Connection = new SqliteConnection(AppServices.ConnectionString(path));
        Connection.Open();
    }

    public SqliteConnection Connection { get; }

    public T Service<T>() where T : notnull => host.Services.GetRequiredService<T>();

    /// <summary>A prepared command, kept open (and disposed) with the store; set parameter values before each run.</summary>
    public SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        commands.Add(command);
        return command;
    }

    /// <summary>An instant column as the app reads it (<see cref="UtcInstantConverter"/>).</summary>
    public static DateTimeOffset Instant(SqliteDataReader reader, int ordinal) => ParseInstant(reader.GetString(ordinal));

    /// <summary>An instant as the app stores it, for a parameter.</summary>
    public static string StoredInstant(DateTimeOffset instant) => StoreInstant(instant);

    public static DateTimeOffset? NullableInstant(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseInstant(reader.GetString(ordinal));

    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }

        Connection.Dispose();
        host.Dispose();
    }
}
