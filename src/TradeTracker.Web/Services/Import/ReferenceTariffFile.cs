using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Import;

/// <summary>Reads a file in the reference <c>tariff_measures.csv</c> format (an <c>id</c> and <c>imposing_economy</c> per
/// row, no <c>measure_key</c>) as rate steps: each row becomes a step of every measure the shipped grouping
/// (<c>measure-groups.json</c>) puts it in, with the clock times and ends the seeder gives it (<see cref="ReferenceSteps"/>),
/// written in the rate-steps format so the normal import checks and saves it.</summary>
internal static class ReferenceTariffFile
{
    /// <summary>The file in the rate-steps format, and for each of its data rows (1-based, after the header) the
    /// reference file's row number it came from.</summary>
    public sealed record Converted(MemoryStream Csv, int[] SourceRows, string Note);

    public static bool IsReferenceHeader(IReadOnlyCollection<string> columns) =>
        columns.Contains("imposing_economy") && columns.Contains("id") && !columns.Contains("measure_key");

    public static async Task<Converted> ConvertAsync(Stream reference, AppDbContext db, CancellationToken ct)
    {
        var rows = new List<(int Number, MeasureRow Row)>();
        using (var reader = new StreamReader(reference, CsvFormat.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        using (var csv = new CsvReader(reader, CsvFormat.ReadConfiguration(_ => { })))
        {
            await csv.ReadAsync();
            csv.ReadHeader();
            while (await csv.ReadAsync())
            {
                rows.Add((csv.Parser.Row, csv.GetRecord<MeasureRow>()));
            }
        }

        var groups = SeedResources.ReadJson<MeasureGroups>("measure-groups.json").Measures;
        var zones = await db.Economies.AsNoTracking().ToDictionaryAsync(e => e.Code, e => e.TimeZoneId, ct);
        // The shipped curated rows (curated_measures.csv) complete the groups as the seeder builds them: a file row's step
        // ends where the seeder's would.
        var curated = SeedResources.ReadCsv<MeasureRow>("curated_measures.csv").Where(c => rows.All(r => r.Row.Id != c.Id));
        var stepsByGroup = groups.ToDictionary(g => g.Key, g => BuildSteps(g, rows.Select(r => r.Row).Concat(curated), zones));

        var output = new MemoryStream();
        var sourceRows = new List<int>();
        var ungrouped = new List<string>();
        await using (var csv = new CsvOutput(output))
        {
            await csv.WriteRowAsync(RateStepImporter.Columns);
            foreach (var (number, row) in rows)
            {
                var steps = groups.Where(g => g.Steps.Contains(row.Id))
                    .Select(g => (g.Key, Step: stepsByGroup[g.Key].FirstOrDefault(s => s.ReferenceId == row.Id)))
                    .Where(x => x.Step is not null)
                    .ToList();
                if (steps.Count == 0)
                {
                    // No measure to put it in: the import reports the missing measure_key on this row.
                    ungrouped.Add(row.Id);
                    steps.Add(("", null));
                }

                foreach (var (key, step) in steps)
                {
                    await csv.WriteRowAsync(step is null ? UngroupedCells(row) : CsvExportService.RateStepCells(step, key));
                    sourceRows.Add(number);
                }
            }
        }

        output.Position = 0;
        var note = "Read as the reference tariff_measures.csv format: each row becomes a step of the measure(s) the shipped grouping "
            + "(measure-groups.json) puts it in, with the seeder's clock times and ends"
            + (ungrouped.Count > 0 ? $"; {string.Join(", ", ungrouped)} belong to no shipped measure (add a measure_key column to import them)." : ".");
        return new Converted(output, [.. sourceRows], note);
    }

    /// <summary>The group's steps built from the file's rows of that group (a row the file lacks is not invented).</summary>
    private static List<RateStep> BuildSteps(MeasureGroup group, IEnumerable<MeasureRow> rows, Dictionary<string, string> zones)
    {
        var mine = rows.Where(r => group.Steps.Contains(r.Id)).DistinctBy(r => r.Id).ToList();
        return mine.Count == 0 || !zones.TryGetValue(group.Imposer, out var zone)
            ? []
            : ReferenceSteps.Build(group, mine, zone, r => new Source { Publisher = r.SourcePublisher, Title = r.SourceTitle, Url = r.SourceUrl });
    }

    private static string[] UngroupedCells(MeasureRow row) =>
    [
        row.Id, "", row.Rate, row.EffectiveDate, "", "", "", "", row.AnnouncedDate,
        CsvFormat.Flag(row.Status is "cancelled_before_effect" or "superseded_before_effect"), row.Notes,
        row.SourcePublisher, row.SourceTitle, row.SourceUrl,
    ];
}
