using System.ComponentModel.DataAnnotations;

namespace TradeTracker.Web.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Which engine holds the store: <see cref="StoreProvider.Sqlite"/> (the default) or
    /// <see cref="StoreProvider.Postgres"/>.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>ADO.NET connection string for the provider: a SQLite file (a relative path resolves against the content
    /// root) or an Npgsql connection string.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=tradetracker.db";

    /// <summary>Apply pending migrations at start (on by default so a fresh clone runs).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the reference data at start (idempotent).</summary>
    public bool SeedReferenceData { get; set; } = true;
}
