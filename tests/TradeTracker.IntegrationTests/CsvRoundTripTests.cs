using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>Export and import are one format: the seeded rows, exported, deleted and imported back, export to the same
/// file; importing an export into the store it came from changes nothing. Each test touches one kind only.</summary>
public sealed class CsvRoundTripTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    public static TheoryData<ImportKind> Kinds => [ImportKind.RateSteps, ImportKind.Events, ImportKind.Deadlines];

    /// <summary>Every kind; measures are not deleted wholesale (their steps and links go with them).</summary>
    public static TheoryData<ImportKind> AllKinds => [ImportKind.Measures, ImportKind.RateSteps, ImportKind.Events, ImportKind.Deadlines];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ExportThenImport_IntoStoreWithoutThatKind_GivesTheSameRows(ImportKind kind)
    {
        var exported = await factory.ExportAsync(kind);
        var before = await factory.CountRowsAsync();
        await DeleteAllAsync(kind);

        var report = await factory.CommitAsync(kind, exported);

        Assert.True(report.Committed, string.Join(" ", report.FileErrors.Concat(report.Rows.SelectMany(r => r.Errors.Select(e => $"row {r.Number}: {e}")))));
        Assert.Equal(report.Rows.Count, report.ToAdd);
        Assert.Equal(before, await factory.CountRowsAsync());
        Assert.Equal(exported, await factory.ExportAsync(kind));
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task ImportAsync_ExportIntoTheStoreItCameFrom_ChangesNothing(ImportKind kind)
    {
        var exported = await factory.ExportAsync(kind);
        var before = await factory.CountRowsAsync();

        var report = await factory.CommitAsync(kind, exported);

        Assert.NotEmpty(report.Rows);
        Assert.All(report.Rows, r => Assert.True(r.Status == ImportRowStatus.Skip, $"row {r.Number} {r.ExternalId}: {r.Outcome} {string.Join(" ", r.Errors)}"));
        Assert.Equal(before, await factory.CountRowsAsync());
        Assert.Equal(exported, await factory.ExportAsync(kind));
    }

    [Fact]
    public async Task ExportThenImport_MeasuresUnderNewKeys_AddsThemAndExportsTheSameRecords()
    {
        var exported = Records(await factory.ExportAsync(ImportKind.Measures));
        var suffix = "-" + CsvFiles.NewId("RT")[3..];
        var copies = exported.Skip(1).Take(5).Select(r => (string[])[r[0] + suffix, .. r[1..]]).ToList();
        var file = Write([exported[0], .. copies]);

        var report = await factory.CommitAsync(ImportKind.Measures, file);

        Assert.True(report.Committed, string.Join(" ", report.FileErrors.Concat(report.Rows.SelectMany(r => r.Errors.Select(e => $"row {r.Number}: {e}")))));
        Assert.Equal(5, report.ToAdd);
        var again = Records(await factory.ExportAsync(ImportKind.Measures)).Where(r => r[0].EndsWith(suffix, StringComparison.Ordinal)).ToList();
        Assert.Equal(copies, again);
        var second = await factory.CommitAsync(ImportKind.Measures, file);
        Assert.All(second.Rows, r => Assert.Equal("unchanged", r.Outcome));
    }

    private static List<string[]> Records(string csv)
    {
        using var reader = new CsvHelper.CsvParser(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Record!);
        }

        return records;
    }

    private static string Write(IEnumerable<string[]> records)
    {
        using var text = new StringWriter();
        using (var writer = new CsvHelper.CsvWriter(text, new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            foreach (var record in records)
            {
                foreach (var cell in record)
                {
                    writer.WriteField(cell);
                }

                writer.NextRecord();
            }
        }

        return text.ToString();
    }

    [Fact]
    public async Task ExportAsync_MeasureFilter_WritesOnlyThatMeasuresSteps()
    {
        var csv = await factory.ExportAsync(ImportKind.RateSteps, new ExportFilter(MeasureKey: "USA-CHN-S301-L3"));

        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(",", CsvFormat.Columns(ImportKind.RateSteps)), lines[0]);
        Assert.Equal(["M007", "M008"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    private async Task DeleteAllAsync(ImportKind kind)
    {
        await using var db = factory.CreateDbContext();
        if (kind == ImportKind.Events)
        {
            // As an editor must before deleting a ruling (EventEditor refuses otherwise): measures stop naming it.
            await db.Measures.ExecuteUpdateAsync(u => u.SetProperty(m => m.InvalidatedByEventId, (int?)null), Ct);
        }

        _ = kind switch
        {
            ImportKind.RateSteps => await db.RateSteps.ExecuteDeleteAsync(Ct),
            ImportKind.Events => await db.Events.ExecuteDeleteAsync(Ct),
            _ => await db.Deadlines.ExecuteDeleteAsync(Ct),
        };
        Assert.Equal(0, await CountAsync(db, kind));
    }

    private static Task<int> CountAsync(AppDbContext db, ImportKind kind) => kind switch
    {
        ImportKind.RateSteps => db.RateSteps.CountAsync(Ct),
        ImportKind.Events => db.Events.CountAsync(Ct),
        _ => db.Deadlines.CountAsync(Ct),
    };
}
