using System.Diagnostics;
using System.Globalization;
using System.Text;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>How long 100,000 rows take to preview and commit (the figures in docs/import-format.md). Explicit: run with
/// <c>dotnet test tests/TradeTracker.IntegrationTests --filter "FullyQualifiedName~CsvImportVolumeTests" --logger "console;verbosity=detailed" -- xUnit.Explicit=only</c>.
/// They assert what was saved, never how long it took.</summary>
public sealed class CsvImportVolumeTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    /// <summary>100,000 unless IMPORT_VOLUME_ROWS says otherwise (for a quicker look).</summary>
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("IMPORT_VOLUME_ROWS"), out var rows) ? rows : 100_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Explicit = true)]
    public async Task PreviewAndCommit_100000Events_AddsThemAll()
    {
        var csv = new StringBuilder("external_id,date,kind,title,summary,economies,source_publisher,source_url\n");
        for (var i = 0; i < Rows; i++)
        {
            var date = new DateOnly(2000, 1, 1).AddDays(i % 9000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"V{i:D6},{date},statement,Statement {i},Said {i}.,USA;CHN,Wire,https://example.org/p/{i % 50}\n");
        }

        var (preview, commit) = await MeasureAsync(ImportKind.Events, csv.ToString());

        Assert.Equal(Rows, preview.ToAdd);
        Assert.True(commit.Committed);
        Assert.Equal(Rows, commit.ToAdd);
    }

    [Fact(Explicit = true)]
    public async Task PreviewAndCommit_100000RateStepsOver1000Measures_AddsThemAll()
    {
        // IMPORT_VOLUME_MEASURES=1 shows the cost of one long schedule: each row checks the measure's steps for an overlap.
        var measures = int.TryParse(Environment.GetEnvironmentVariable("IMPORT_VOLUME_MEASURES"), out var m) ? m : 1000;
        var keys = new List<string>();
        var sourceId = await factory.AnySourceIdAsync();
        var editor = factory.GetService<MeasureEditor>();
        for (var i = 0; i < measures; i++)
        {
            var key = $"PERF-{i:D4}";
            await editor.CreateAsync(TradeTrackerFactory.User("editor"), new MeasureInput
            {
                Key = key, ImposingEconomyCode = "USA", TargetEconomyCode = "CHN", Name = $"Perf measure {i}", LegalBasis = "Perf",
                Coverage = Coverage.ListedProducts, ProductDescription = "Synthetic goods", Combination = Combination.Adds, Status = MeasureStatus.InEffect, SourceIds = [sourceId],
            }, Ct);
            keys.Add(key);
        }

        var csv = new StringBuilder("external_id,measure_key,rate_percent,effective_date,effective_time,until_date,until_time,source_publisher,source_url\n");
        for (var i = 0; i < Rows; i++)
        {
            // Each measure gets a schedule of day-long steps, one after another.
            var start = new DateOnly(2000, 1, 3).AddDays(i / measures);
            csv.Append(CultureInfo.InvariantCulture,
                $"S{i:D6},{keys[i % measures]},{i % 100},{start:yyyy-MM-dd},00:01,{start.AddDays(1):yyyy-MM-dd},00:01,Wire,https://example.org/p/{i % 50}\n");
        }

        var (preview, commit) = await MeasureAsync(ImportKind.RateSteps, csv.ToString());

        Assert.Equal(Rows, preview.ToAdd);
        Assert.True(commit.Committed);
        Assert.Equal(Rows, commit.ToAdd);
    }

    private async Task<(ImportReport Preview, ImportReport Commit)> MeasureAsync(ImportKind kind, string csv)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        Assert.True(bytes.Length <= CsvFormat.MaxBytes, $"The generated file is {bytes.Length} bytes, over the import's limit.");
        var service = factory.GetService<CsvImportService>();

        var clock = Stopwatch.StartNew();
        var preview = await service.PreviewAsync(kind, new MemoryStream(bytes), ct: Ct);
        var previewTime = clock.Elapsed;
        Assert.Empty(preview.FileErrors);
        Assert.True(preview.WithErrors == 0, preview.Rows.SelectMany(r => r.Errors).FirstOrDefault());

        clock.Restart();
        var commit = await service.CommitAsync(TradeTrackerFactory.User("editor"), kind, new MemoryStream(bytes), ct: Ct);
        var commitTime = clock.Elapsed;

        clock.Restart();
        var again = await service.PreviewAsync(kind, new MemoryStream(bytes), ct: Ct);
        var againTime = clock.Elapsed;
        Assert.Equal(Rows, again.Skipped);

        clock.Restart();
        using var export = new MemoryStream();
        var exported = await factory.GetService<CsvExportService>().WriteAsync(kind, export, ct: Ct);
        var exportTime = clock.Elapsed;
        Assert.True(exported >= Rows);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kind}: {Rows:N0} rows, {bytes.Length / 1024.0 / 1024.0:0.0} MB; preview {previewTime.TotalSeconds:0.0} s, commit {commitTime.TotalSeconds:0.0} s, " +
            $"preview of the same file again (all unchanged) {againTime.TotalSeconds:0.0} s, export of all {exported:N0} {kind} {exportTime.TotalSeconds:0.0} s; " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        return (preview, commit);
    }
}
