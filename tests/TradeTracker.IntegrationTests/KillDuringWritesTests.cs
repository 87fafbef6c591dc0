using System.Net;
using System.Net.Http.Json;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Tests.Shared;

namespace TradeTracker.IntegrationTests;

/// <summary>Fault test: the built app as a real process on its own SQLite file is killed with SIGKILL in the middle of a
/// burst of API writes from several clients (the demo editor's token), then started again on the same file. The store
/// must be sound and hold every write the app acknowledged with 201, each exactly once (writes cut off in flight may be
/// there or not, never twice).</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class KillDuringWritesTests : IDisposable
{
    private const int Port = 5261;

    /// <summary>Acknowledged writes to wait for before the kill; the clients are still writing then.</summary>
    private const int AcknowledgedBeforeKill = 40;

    private readonly string directory = Path.Combine(Path.GetTempPath(), $"tradetracker-kill-{Guid.NewGuid():N}");

    public KillDuringWritesTests() => Directory.CreateDirectory(directory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(directory, "tradetracker.db");

    [Fact]
    public async Task KillNine_DuringBurstOfApiWrites_RestartsWithEveryAcknowledgedWriteExactlyOnce()
    {
        var prefix = $"Fault burst {Guid.NewGuid():N}"[..22];
        WriteBurst burst;
        int inFlightAtKill;
        long sourceId;
        await using (var app = await AppProcess.StartAsync(DatabasePath, Port, Ct))
        {
            sourceId = await StoreFile.ScalarAsync(DatabasePath, "SELECT MIN(Id) FROM Sources WHERE ArchivedAt IS NULL", null, Ct);
            burst = WriteBurst.Start(() => app.CreateClient(AppProcess.EditorToken), clients: 6, prefix, sourceId, Ct);
            await burst.WaitForAcknowledgedAsync(AcknowledgedBeforeKill, () => app.Output);
            inFlightAtKill = burst.InFlight;
            app.Kill();
            await burst.StopAsync();
        }

        await using var restarted = await AppProcess.StartAsync(DatabasePath, Port, Ct);

        Assert.Equal("ok", await StoreFile.IntegrityCheckAsync(DatabasePath, Ct));
        var acknowledged = burst.Acknowledged;
        var stored = await StoreFile.CountsAsync(DatabasePath, "SELECT Title, COUNT(*) FROM Events WHERE Title LIKE $pattern GROUP BY Title", prefix + "-%", Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"{acknowledged.Count} writes acknowledged, {inFlightAtKill} in flight at the kill, {stored.Count} stored after the restart.");
        var missing = acknowledged.Where(title => !stored.ContainsKey(title)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged writes are missing after the restart, e.g. {missing.FirstOrDefault()}.");
        Assert.All(stored, row => Assert.True(row.Value == 1, $"{row.Key} is stored {row.Value} times."));
        Assert.True(stored.Count <= acknowledged.Count + inFlightAtKill, $"{stored.Count} stored, {acknowledged.Count} acknowledged, {inFlightAtKill} in flight.");

        using var client = restarted.CreateClient(AppProcess.EditorToken);
        using var write = await client.PostAsJsonAsync("/api/events", WriteBurst.EventBody(prefix + "-after", sourceId), Ct);
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
