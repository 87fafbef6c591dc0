using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services.Accounts;

/// <summary>Wrong passwords slow the next attempt for the same account name; they never lock an account (an admin's
/// lock is the only lock). Names are counted whether an account exists or not, so the delay tells nobody which names
/// are accounts, and in the store (<see cref="SignInFailure"/>), so every instance slows the same name alike.
/// <para>The first <see cref="FreeFailures"/> wrong passwords in a row cost nothing (typos, a forgotten caps lock);
/// from then on each attempt waits 1, 2, 4, 8, 16, 32 seconds, then <see cref="MaxDelay"/>, before its password is checked.
/// A right password, or <see cref="QuietPeriod"/> without a wrong one, starts the count again.</para></summary>
public class SignInThrottle(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<SignInThrottle> logger)
{
    public const int FreeFailures = 5;

    /// <summary>A minute: one guessing client then gets about 70 passwords an hour checked for one name (5 free, 6 in
    /// the first 63 seconds, then one a minute), under the 100 ASVS V2.2.1 allows, and the holder of the account, who
    /// needs one attempt, waits at most this long.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMinutes(15);

    /// <summary>The rule as a sentence, for the account pages.</summary>
    public static string Rule =>
        $"After {FreeFailures} wrong passwords in a row each further attempt waits longer (1, 2, 4 … up to {MaxDelay.TotalSeconds:0} seconds) "
        + $"before it is checked, until the right password or {QuietPeriod.TotalMinutes:0} quiet minutes; wrong passwords never lock an account.";

    /// <summary>The wait before checking the next password after <paramref name="failures"/> wrong ones in a row.</summary>
    public static TimeSpan DelayAfter(int failures) =>
        failures < FreeFailures ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, failures - FreeFailures)));

    /// <summary>Waits as long as the name's recent wrong passwords ask before its password may be checked, and returns
    /// that wait.</summary>
    public async Task<TimeSpan> WaitBeforeCheckAsync(string accountName, CancellationToken ct)
    {
        var account = AccountKey(accountName);
        var quietSince = time.GetUtcNow() - QuietPeriod;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var failures = await db.SignInFailures.AsNoTracking()
            .Where(f => f.Account == account && f.LastFailureAt > quietSince)
            .Select(f => f.Failures)
            .FirstOrDefaultAsync(ct);
        var delay = DelayAfter(failures);
        if (delay > TimeSpan.Zero)
        {
            logger.LogInformation("Slowing a sign-in for account name {AccountKey} by {Delay} after {Failures} wrong passwords", account[..12], delay, failures);
            await WaitAsync(delay, ct);
        }

        return delay;
    }

    /// <summary>Counts a wrong password for the name (a quiet period since the last one starts the count again).</summary>
    public async Task RecordFailureAsync(string accountName, CancellationToken ct)
    {
        var account = AccountKey(accountName);
        var now = time.GetUtcNow();
        var quietSince = now - QuietPeriod;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var counted = await db.SignInFailures.Where(f => f.Account == account).ExecuteUpdateAsync(s => s
                .SetProperty(f => f.Failures, f => f.LastFailureAt > quietSince ? f.Failures + 1 : 1)
                .SetProperty(f => f.LastFailureAt, now), ct);
            if (counted > 0)
            {
                return;
            }

            try
            {
                db.SignInFailures.Add(new SignInFailure { Account = account, Failures = 1, LastFailureAt = now });
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                // Another instance counted the name's first failure at the same moment: count on its row.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The right password: the name's count starts again.</summary>
    public async Task ResetAsync(string accountName, CancellationToken ct)
    {
        var account = AccountKey(accountName);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.SignInFailures.Where(f => f.Account == account).ExecuteDeleteAsync(ct);
    }

    /// <summary>Forgets names quiet for longer than <see cref="QuietPeriod"/> (their count would start again anyway).</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var quietSince = time.GetUtcNow() - QuietPeriod;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SignInFailures.Where(f => f.LastFailureAt <= quietSince).ExecuteDeleteAsync(ct);
    }

    /// <summary>Lower-case hex SHA-256 of the name as Identity normalizes it (trimmed, upper-case invariant).</summary>
    public static string AccountKey(string accountName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(accountName.Trim().ToUpperInvariant())));

    /// <summary>The wait itself, on the app's clock; tests record the delay decided instead of waiting it out.</summary>
    protected virtual Task WaitAsync(TimeSpan delay, CancellationToken ct) => Task.Delay(delay, time, ct);
}
