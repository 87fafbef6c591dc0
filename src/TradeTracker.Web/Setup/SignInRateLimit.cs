using System.Data.Common;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Setup;

/// <summary>Sign-in attempts per client address: <c>Accounts:SignInAttemptsPerMinute</c> form posts to the sign-in page
/// per minute, on top of the per-name delay after wrong passwords (<see cref="SignInThrottle"/>). The count is kept in
/// the store (<see cref="SignInAttempt"/>), so the limit holds across every instance that shares it: each post adds one
/// to its address's row for the current minute in one atomic statement and reads the new count back.</summary>
public static class SignInRateLimit
{
    public const string Policy = Policies.SignIn;

    public const string Message = "Too many sign-in attempts from your network address. Wait a minute, then try again.";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Posts are counted per client address (the real client once forwarded headers from a known proxy are
    /// applied); showing the form is never limited.</summary>
    public static RateLimitPartition<string> Partition(HttpContext context, int attemptsPerMinute)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("form");
        }

        var store = context.RequestServices.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        return RateLimitPartition.Get(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            client => new StoreCountedLimiter(client, attemptsPerMinute, store, time));
    }

    public static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit))
            .LogWarning("Refused a sign-in attempt from {RemoteAddress}: over the limit per minute", http.Connection.RemoteIpAddress);
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(Message, ct);
    }

    /// <summary>One client's attempts, counted in the store's current minute. It holds nothing between requests, so the
    /// rate-limiting middleware may drop it whenever it likes (it is always idle); it answers only asynchronously
    /// (the middleware asks <see cref="RateLimiter.AttemptAcquire(int)"/> first, then awaits
    /// <see cref="RateLimiter.AcquireAsync(int, CancellationToken)"/> when that is not granted).</summary>
    private sealed class StoreCountedLimiter(string client, int limit, IDbContextFactory<AppDbContext> store, TimeProvider time) : RateLimiter
    {
        /// <summary>Both providers run it (SQLite 3.35+, PostgreSQL 9.5+); the key is the primary key.</summary>
        private const string Count = """
            INSERT INTO "SignInAttempts" ("Client", "WindowStart", "Count") VALUES (@client, @window, 1)
            ON CONFLICT ("Client", "WindowStart") DO UPDATE SET "Count" = "SignInAttempts"."Count" + 1
            RETURNING "Count"
            """;

        private const string PurgeOlder = """DELETE FROM "SignInAttempts" WHERE "WindowStart" < @window""";

        public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => CountedLease.Undecided;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var windowStart = new DateTimeOffset(now.UtcTicks - now.UtcTicks % Window.Ticks, TimeSpan.Zero);
            await using var db = await store.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var count = Convert.ToInt32(await ExecuteAsync(db, Count, windowStart, cancellationToken), CultureInfo.InvariantCulture);
            if (count == 1)
            {
                // The first attempt of an address in a minute sweeps every earlier minute away (a few rows at most).
                await ExecuteAsync(db, PurgeOlder, windowStart, cancellationToken);
            }

            return count <= limit ? CountedLease.Granted : new CountedLease(false, windowStart + Window - now);
        }

        private async Task<object?> ExecuteAsync(AppDbContext db, string sql, DateTimeOffset windowStart, CancellationToken ct)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(Parameter(db, command, nameof(SignInAttempt.Client), "client", client));
            command.Parameters.Add(Parameter(db, command, nameof(SignInAttempt.WindowStart), "window", windowStart));
            return await command.ExecuteScalarAsync(ct);
        }

        /// <summary>A parameter written as the model writes the column (an instant is UTC text on SQLite, timestamptz on
        /// PostgreSQL), so the statement matches the rows EF Core reads and writes.</summary>
        private static DbParameter Parameter(AppDbContext db, DbCommand command, string property, string name, object value) =>
            db.Model.FindEntityType(typeof(SignInAttempt))!.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, name, value);
    }

    private sealed class CountedLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly CountedLease Granted = new(true, null);

        /// <summary>Not granted without asking the store: the middleware then asks asynchronously.</summary>
        public static readonly CountedLease Undecided = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
