using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>The reference deadlines.csv and events.csv previewed into a freshly seeded store of their own (the commit tests
/// below change their store): every row is as seeded but the curated deadlines.</summary>
public sealed class ReferenceCsvPreviewTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    [Fact]
    public async Task PreviewAsync_ReferenceFilesIntoTheSeededStore_ChangesOnlyTheCuratedDeadlines()
    {
        var before = await factory.CountRowsAsync();
        using var curatedJson = System.Text.Json.JsonDocument.Parse(CsvFiles.ReferenceFile("curated.json"));
        var split = curatedJson.RootElement.GetProperty("deadlineTexts").EnumerateObject().Select(p => p.Name).ToHashSet();

        var deadlines = await factory.PreviewAsync(ImportKind.Deadlines, CsvFiles.ReferenceFile("deadlines.csv"));
        var events = await factory.PreviewAsync(ImportKind.Events, CsvFiles.ReferenceFile("events.csv"));

        Assert.Equal(64, deadlines.Rows.Count);
        Assert.Equal(106, events.Rows.Count);
        // The seeder stores what was due apart from what happened (curated.json's deadlineTexts move the outcome out of
        // what_happens), and D029's title and text are curated: the reference rows' own words differ, and a row whose
        // values differ updates the stored one. Every other row is as seeded.
        Assert.NotEmpty(split);
        Assert.Equal("update (fields: title, what_happens)", Assert.Single(deadlines.Rows, r => r.ExternalId == "D029").Outcome);
        Assert.All(deadlines.Rows.Where(r => split.Contains(r.ExternalId!)), r => Assert.Equal("update (fields: what_happens)", r.Outcome));
        Assert.All(deadlines.Rows.Concat(events.Rows).Where(r => r.ExternalId != "D029" && !split.Contains(r.ExternalId!)),
            r => Assert.True(r.Status == ImportRowStatus.Skip, $"row {r.Number} {r.ExternalId}: {r.Outcome} {string.Join(" ", r.Errors)}"));
        Assert.Equal(before, await factory.CountRowsAsync());
    }
}

/// <summary>The reference tariff_measures.csv, deadlines.csv and events.csv import as they are, through the same path as any editor's file:
/// into a store without them they come back as the seeder made them.</summary>
public sealed class ReferenceCsvImportTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CommitAsync_ReferenceFilesIntoAStoreWithoutThem_AddsThemAsTheSeederDid()
    {
        var seededDeadlines = await DeadlineFactsAsync();
        var seededEvents = await EventFactsAsync();
        await using (var db = factory.CreateDbContext())
        {
            await db.Events.Where(e => e.ReferenceId!.StartsWith("E")).ExecuteDeleteAsync(Ct);
            await db.Deadlines.ExecuteDeleteAsync(Ct);
        }

        var deadlines = await factory.CommitAsync(ImportKind.Deadlines, CsvFiles.ReferenceFile("deadlines.csv"));
        var events = await factory.CommitAsync(ImportKind.Events, CsvFiles.ReferenceFile("events.csv"));

        Assert.True(deadlines.Committed && events.Committed,
            string.Join(" ", deadlines.Rows.Concat(events.Rows).SelectMany(r => r.Errors.Select(e => $"{r.ExternalId}: {e}"))));
        Assert.Equal(64, deadlines.ToAdd);
        Assert.Equal(106, events.ToAdd);
        Assert.Equal(seededDeadlines, await DeadlineFactsAsync());
        Assert.Equal(seededEvents, await EventFactsAsync());
    }

    [Fact]
    public async Task CommitAsync_ReferenceTariffFileIntoTheSeededStore_SkipsEveryStepOfEveryMeasure()
    {
        var before = await factory.CountRowsAsync();

        var report = await factory.CommitAsync(ImportKind.RateSteps, CsvFiles.ReferenceFile("tariff_measures.csv"));

        // 80 reference rows; M004 and M072 are steps of both the steel and the aluminium measure, so each is checked twice.
        Assert.Equal(82, report.Rows.Count);
        Assert.All(report.Rows, r => Assert.Equal(ImportRowStatus.Skip, r.Status));
        Assert.Equal(2, report.Rows.Count(r => r.ExternalId == "M004"));
        Assert.Contains(report.FileWarnings, w => w.Contains("reference tariff_measures.csv format", StringComparison.Ordinal));
        Assert.Equal(before, await factory.CountRowsAsync());
    }

    [Fact]
    public async Task CommitAsync_ReferenceTariffFileIntoAStoreWithoutTheSteps_AddsThemAsTheSeederDid()
    {
        // The file holds the reference rows (M…), not the curated ones (C…, curated_measures.csv): those stay.
        var seeded = await RateStepFactsAsync();
        await using (var db = factory.CreateDbContext())
        {
            await db.RateSteps.Where(s => s.ReferenceId!.StartsWith("M")).ExecuteDeleteAsync(Ct);
        }

        var report = await factory.CommitAsync(ImportKind.RateSteps, CsvFiles.ReferenceFile("tariff_measures.csv"));

        Assert.True(report.Committed, string.Join(" ", report.Rows.SelectMany(r => r.Errors.Select(e => $"{r.ExternalId} (row {r.Number}): {e}"))));
        Assert.Equal(82, report.ToAdd);
        Assert.Equal(seeded, await RateStepFactsAsync());
    }

    [Fact]
    public async Task PreviewAsync_ReferenceRowInNoShippedMeasure_NamesItsRowAndTheMissingMeasureKey()
    {
        var header = CsvFiles.ReferenceFile("tariff_measures.csv").Split('\n')[0];
        var csv = $"{header}\nM999,USA,CHN,Invented,Nowhere,All goods,5,2025-01-01,,2024-12-01,in_effect,Example,Title,https://example.com/m999,confirmed,\n";

        var report = await factory.PreviewAsync(ImportKind.RateSteps, csv);

        var row = Assert.Single(report.Rows);
        Assert.Equal(2, row.Number);
        Assert.Contains(row.Errors, e => e.StartsWith("measure_key", StringComparison.Ordinal));
        Assert.Contains(report.FileWarnings, w => w.Contains("M999 belong to no shipped measure", StringComparison.Ordinal));
    }

    /// <summary>Everything the seeder gives a rate step: measure, instants with zone, rate, flags, notes, sources.</summary>
    private async Task<List<string>> RateStepFactsAsync()
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.RateSteps.AsNoTracking().Include(s => s.Measure).Include(s => s.Sources).ToListAsync(Ct);
        return rows.Select(s => string.Join(" | ", s.Measure!.Key, s.ReferenceId, s.InForceFrom?.ToString("O"), s.InForceUntil?.ToString("O"),
                s.TimeZoneId, s.RatePercent, s.AnnouncedOn, s.NeverApplied, s.TimelineDate, s.Notes,
                string.Join(";", s.Sources.Select(x => x.Url).Order(StringComparer.Ordinal))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What the reference deadlines.csv says about each deadline: id, due instant and zone, status, source and
    /// the first extension's due instant (curated.json adds a title, decision dates and D029's second extension).</summary>
    private async Task<List<string>> DeadlineFactsAsync()
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Deadlines.AsNoTracking().Include(d => d.Extensions).Include(d => d.Sources)
            .Where(d => d.ReferenceId!.StartsWith("D")).ToListAsync(Ct);
        return rows.OrderBy(d => d.ReferenceId, StringComparer.Ordinal)
            .Select(d => $"{d.ReferenceId} {d.OriginalDueAt:O} {d.TimeZoneId} {d.Status} {d.Confidence} {Assert.Single(d.Sources).Url} "
                + string.Join(" ", d.Extensions.OrderBy(x => x.NewDueAt).Take(1).Select(x => $"{x.NewDueAt:O}/{x.TimeZoneId}")))
            .ToList();
    }

    private async Task<List<string>> EventFactsAsync()
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Events.AsNoTracking().Include(e => e.Economies).Include(e => e.Sources)
            .Where(e => e.ReferenceId!.StartsWith("E")).ToListAsync(Ct);
        return rows.OrderBy(e => e.ReferenceId, StringComparer.Ordinal)
            .Select(e => string.Join(" | ", e.ReferenceId, e.StartsOn, e.EndsOn, e.Kind, e.Title, e.Location, e.Summary, e.Confidence,
                string.Join("; ", e.Participants.Select(p => $"{p.Name}/{p.Role}/{p.Side}")),
                string.Join(";", e.Economies.Select(x => x.Code).Order(StringComparer.Ordinal)), Assert.Single(e.Sources).Url))
            .ToList();
    }
}
