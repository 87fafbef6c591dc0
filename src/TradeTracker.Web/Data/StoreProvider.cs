namespace TradeTracker.Web.Data;

/// <summary>Which engine holds the store (<c>Database:Provider</c>): SQLite, the embedded default, one file beside one
/// app instance; PostgreSQL when several instances share one store (docs/architecture.md, "Deployment").</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
