using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TradeTracker.DataGenerator;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services;

namespace TradeTracker.IntegrationTests;

/// <summary>The fixture's database filled by the synthetic data generator (migrated and seeded by it) before the app
/// starts on it; the app's own start-up then migrates and seeds again (nothing to do) and serves the rows.</summary>
public sealed class GeneratedStoreFactory : TradeTrackerFactory, IAsyncLifetime
{
    public static readonly GeneratorOptions Scale = new("", Events: 2_000, Measures: 200, Steps: 2_000, Deadlines: 100, Sources: 50, Seed: 7, BatchSize: 1_000);

    public GenerationReport Report { get; private set; } = default!;

    public async ValueTask InitializeAsync() =>
        Report = await new SyntheticDataGenerator(NullLoggerFactory.Instance)
            .GenerateAsync(Scale with { DatabasePath = DatabasePath }, TestContext.Current.CancellationToken);
}

/// <summary>What the generator writes reads back through the app's services as the generator meant it.</summary>
public sealed class SyntheticDataGeneratorTests(GeneratedStoreFactory factory) : IClassFixture<GeneratedStoreFactory>
{
    private const int SeededEvents = 81;
    private const int SeededSteps = 68;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Generate_SmallScale_EveryRowIsOnTheTimeline()
    {
        var timeline = factory.GetService<TimelineService>();

        var all = await timeline.QueryAsync(new TimelineFilter(), ct: Ct);
        var rateChanges = await timeline.QueryAsync(new TimelineFilter(Kind: TimelineFilter.RateChangeKind), ct: Ct);
        var soybeans = await timeline.QueryAsync(new TimelineFilter(Text: "soybeans"), ct: Ct);

        var scale = GeneratedStoreFactory.Scale;
        Assert.Equal(SeededEvents + scale.Events + SeededSteps + scale.Steps, all.TotalCount);
        Assert.Equal(50, all.Entries.Count);
        Assert.Equal(SeededSteps + scale.Steps, rateChanges.TotalCount);
        Assert.InRange(soybeans.TotalCount, 1, all.TotalCount - 1);
        await using var db = factory.CreateDbContext();
        Assert.Equal(49 + scale.Measures, await db.Measures.CountAsync(Ct));
        Assert.Equal(42 + scale.Deadlines, await db.Deadlines.CountAsync(Ct));
        Assert.Equal(113 + scale.Sources, await db.Sources.CountAsync(Ct));
        Assert.Equal(scale.Events, await db.Events.CountAsync(e => e.CreatedBy == "datagen" && e.Economies.Count >= 2 && e.Sources.Count >= 1, Ct));
    }

    [Fact]
    public async Task Generate_ProbePair_RateServiceComputesTheHeadlineTheGeneratorMeant()
    {
        var probe = factory.Report.Probe;

        var snapshot = await factory.GetService<RateService>().GetSnapshotAsync(probe.Imposer, probe.Target, probe.At, Ct);

        Assert.True(probe.ExpectedLayers > 0, "The probe pair should have a step in force");
        Assert.Equal(probe.ExpectedHeadlinePercent, snapshot.HeadlinePercent);
        Assert.Equal(probe.ExpectedLayers, snapshot.HeadlineLayers.Count);
    }

    [Fact]
    public async Task Generate_RateSteps_NeverOverlapWithinAMeasure()
    {
        await using var db = factory.CreateDbContext();
        var steps = await db.RateSteps.AsNoTracking()
            .Where(s => !s.NeverApplied && s.InForceFrom != null)
            .Select(s => new { s.TariffMeasureId, From = s.InForceFrom!.Value, s.InForceUntil })
            .ToListAsync(Ct);

        var overlaps = steps.GroupBy(s => s.TariffMeasureId)
            .SelectMany(g => g.OrderBy(s => s.From).Zip(g.OrderBy(s => s.From).Skip(1)))
            .Where(pair => pair.First.InForceUntil is not { } until || until > pair.Second.From)
            .ToList();

        Assert.True(steps.Count > GeneratedStoreFactory.Scale.Steps / 2);
        Assert.Empty(overlaps);
    }

    [Fact]
    public async Task Generate_StoredValues_HaveTheAppsFormatsAndValidLinks()
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync(Ct);

        const string Instant = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9][0-9]Z";
        Assert.Equal(0L, Scalar(connection, $"SELECT COUNT(*) FROM RateSteps WHERE InForceFrom NOT GLOB '{Instant}' OR InForceUntil NOT GLOB '{Instant}' OR CreatedAt NOT GLOB '{Instant}'"));
        Assert.Equal(0L, Scalar(connection, $"SELECT COUNT(*) FROM Deadlines WHERE OriginalDueAt NOT GLOB '{Instant}'"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM Events WHERE Version <> upper(Version) OR length(Version) <> 36"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM RateSteps WHERE TimelineDate NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
