using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TradeTracker.DataGenerator;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
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
[Trait("Store", TestStore.SqliteOnly)]
public sealed class SyntheticDataGeneratorTests(GeneratedStoreFactory factory) : IClassFixture<GeneratedStoreFactory>
{
    private const int SeededEvents = 107;
    private const int SeededSteps = 83;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Generate_SmallScale_EveryRowIsOnTheTimeline()
    {
        var timeline = factory.GetService<TimelineService>();

        var firstPage = await timeline.QueryAsync(new TimelineFilter(), ct: Ct);
        var all = await timeline.ReadAllAsync(new TimelineFilter(), null, AsOfMode.Legal, Ct).CountAsync(Ct);
        var rateChanges = await timeline.ReadAllAsync(new TimelineFilter(Kinds: TimelineKinds.RateChanges), null, AsOfMode.Legal, Ct).CountAsync(Ct);
        var soybeans = await timeline.ReadAllAsync(new TimelineFilter(Text: "soybeans"), null, AsOfMode.Legal, Ct).CountAsync(Ct);

        var scale = GeneratedStoreFactory.Scale;
        Assert.Equal(SeededEvents + scale.Events + SeededSteps + scale.Steps, all);
        Assert.Equal(50, firstPage.Entries.Count);
        Assert.True(firstPage.Capped);
        Assert.Equal((1 + TimelineService.PagesCountedAhead) * 50, firstPage.TotalCount);
        Assert.Equal(SeededSteps + scale.Steps, rateChanges);
        Assert.InRange(soybeans, 1, all - 1);
        await using var db = factory.CreateDbContext();
        Assert.Equal(61 + scale.Measures, await db.Measures.CountAsync(Ct));
        Assert.Equal(64 + scale.Deadlines, await db.Deadlines.CountAsync(Ct));
        Assert.Equal(159 + scale.Sources, await db.Sources.CountAsync(Ct));
        Assert.Equal(scale.Events, await db.Events.CountAsync(e => e.CreatedBy == "datagen" && e.Economies.Count >= 2 && e.Sources.Count >= 1, Ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CHN")]
    public async Task Generate_WholeTimelineRead_IsEveryPageInOrder(string? economy)
    {
        // Reading everything continues each batch of 200 after the last entry; pages skip from the top: same entries,
        // same order, across thousands of rows where events and rate changes share days.
        var timeline = factory.GetService<TimelineService>();
        var filter = new TimelineFilter(Economy: economy, PageSize: 150);

        var all = await timeline.ReadAllAsync(filter, null, AsOfMode.Legal, Ct).Select(e => (e.Type, e.Id)).ToListAsync(Ct);
        var paged = new List<(TimelineEntryType, int)>();
        for (var page = 1; paged.Count == (page - 1) * filter.PageSize; page++)
        {
            paged.AddRange((await timeline.QueryAsync(filter with { Page = page }, ct: Ct)).Entries.Select(e => (e.Type, e.Id)));
        }

        Assert.True(all.Count > TimelineFilter.MaxPageSize, $"{all.Count} entries: fewer than two batches");
        Assert.Equal(paged, all);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task TimelinePage_ThousandsOfEntries_SaysMoreThanItCountedAndOffersTheNextPages()
    {
        var html = await factory.CreateClientAs(null).GetPageAsync("/timeline?page=2");

        Assert.Equal("More than 600 entries, newest first. Page 2 of 13 or more.", PageHtml.TextOf(html, "timeline-count"));
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
