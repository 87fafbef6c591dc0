using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests;

/// <summary>The operator's rebuild (docs/operations.md, "Read models"): rows written around the app leave the read models
/// behind, and <c>rebuild-read-models</c> puts them back as the app keeps them.</summary>
public sealed class ReadModelRebuildTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RebuildCommand_ModelRowsDeletedAroundTheApp_PutsBackWhatTheAppKept()
    {
        _ = factory.CreateClient();
        var kept = await ModelRowsAsync();
        Assert.True(kept.Entries > 0 && kept.Spans > 0, $"the seeded store keeps model rows: {kept}");
        await using (var db = factory.CreateDbContext())
        {
            await db.TimelineEntries.ExecuteDeleteAsync(Ct);
            await db.Set<RateLayerSpan>().ExecuteDeleteAsync(Ct);
            await db.Set<RateLayerMeasure>().ExecuteDeleteAsync(Ct);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ReadModelRebuildCommand.RunAsync(
            [ReadModelRebuildCommand.Name, "--Database:Provider", factory.Store.Provider.ToString(), "--Database:ConnectionString", factory.Store.ConnectionString],
            output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Equal("Rebuilt: rates, timeline.", output.ToString().Trim());
        Assert.Equal(kept, await ModelRowsAsync());
    }

    [Fact]
    public async Task RebuildCommand_StoreWithoutMigrations_RefusesAndSaysWhatToRun()
    {
        var folder = Directory.CreateDirectory(Path.Combine(factory.Directory, "empty")).FullName;
        using var empty = new TestStore(folder);
        var error = new StringWriter();

        var exit = await ReadModelRebuildCommand.RunAsync(
            [ReadModelRebuildCommand.Name, "--Database:Provider", empty.Provider.ToString(), "--Database:ConnectionString", empty.ConnectionString],
            new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("lacks", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Database:MigrateOnStartup=true", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Entries, int Links, int Measures, int Spans)> ModelRowsAsync()
    {
        await using var db = factory.CreateDbContext();
        return (await db.TimelineEntries.CountAsync(Ct), await db.TimelineEntryEconomies.CountAsync(Ct),
            await db.Set<RateLayerMeasure>().CountAsync(Ct), await db.Set<RateLayerSpan>().CountAsync(Ct));
    }
}
