using Microsoft.Data.Sqlite;
using Npgsql;

namespace TradeTracker.Web.Data;

/// <summary>The store was too busy to take a write in time: nothing was saved and the same request can simply be sent
/// again. The API answers 503 with <c>Retry-After</c>, forms say so and keep what was typed.</summary>
public static class StoreBusy
{
    /// <summary>How long a SQLite command waits for another writer's transaction to end before giving up (the
    /// connection's busy timeout, <c>Default Timeout</c>). An import holds the write lock a tenth of a second at a time,
    /// so a wait this long means something else holds it.</summary>
    public const int SqliteWaitSeconds = 5;

    /// <summary>What the API tells a client to wait before sending the request again.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Message = "The store is busy with another save; nothing was saved, try again in a few seconds.";

    /// <summary>Whether <paramref name="error"/> (or one it wraps) says the store was busy: SQLite's BUSY (5) or LOCKED
    /// (6); on PostgreSQL a lock not available (55P03, lock_timeout), a serialization failure (40001), a deadlock
    /// victim (40P01), too many connections (53300), or no pooled connection or lock in time (a timeout).</summary>
    public static bool Is(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is SqliteException { SqliteErrorCode: 5 or 6 }
                or PostgresException { SqlState: "55P03" or "40001" or "40P01" or "53300" }
                or NpgsqlException { InnerException: TimeoutException })
            {
                return true;
            }
        }

        return false;
    }
}
