using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Import;

/// <summary>Narrows an export: rate steps of one measure; rows dated within [From, To] (a rate step by its timeline
/// date, an event by its start date, a deadline by its original due day in UTC).</summary>
public sealed record ExportFilter(string? MeasureKey = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>Writes measures, rate steps, events and deadlines in the import's formats (docs/import-format.md), so an export
/// imports back to the same rows, and importing it into the store it came from changes nothing.</summary>
public sealed class CsvExportService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Rows read per query: keeps memory flat however many rows there are.</summary>
    private const int PageSize = 1000;

    /// <summary>Writes every row of the kind (or those the filter keeps), oldest first, and returns how many.</summary>
    public async Task<int> WriteAsync(ImportKind kind, Stream output, ExportFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new ExportFilter();
        await using var csv = new CsvOutput(output);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var count = kind switch
        {
            ImportKind.Measures => await WriteMeasuresAsync(db, csv, ct),
            ImportKind.RateSteps => await WriteRateStepsAsync(db, csv, filter, ct),
            ImportKind.Events => await WriteEventsAsync(db, csv, filter, ct),
            _ => await WriteDeadlinesAsync(db, csv, filter, ct),
        };
        return count;
    }

    /// <summary>Every measure, in the order they were created (a measure's affects name earlier ones, mostly); the
    /// filter's dates and measure do not apply to measures.</summary>
    private static async Task<int> WriteMeasuresAsync(AppDbContext db, CsvOutput csv, CancellationToken ct)
    {
        await csv.WriteRowAsync(MeasureImporter.Columns);
        var eventRefs = await db.Events.AsNoTracking().Where(e => e.ReferenceId != null).ToDictionaryAsync(e => e.Id, e => e.ReferenceId!, ct);
        return await WritePagesAsync(csv, lastId => db.Measures.AsNoTracking().Where(m => m.Id > lastId).OrderBy(m => m.Id).Take(PageSize)
            .Include(m => m.AffectedMeasures).Include(m => m.Sources).AsSplitQuery(), m => m.Id, m =>
        [
            m.Key, m.ImposingEconomyCode, m.TargetEconomyCode ?? "", CsvFormat.JoinList(m.ExemptedEconomyCodes.Order(StringComparer.Ordinal)),
            m.Name, m.LegalBasis, CsvFormat.SnakeToken(m.Coverage), CsvFormat.SnakeToken(m.Combination), m.ProductDescription ?? "",
            string.Join(" ", m.HsPrefixes), CsvFormat.JoinList(m.ProductLists),
            CsvFormat.JoinList(m.AffectedMeasures.Select(a => a.Key).Order(StringComparer.Ordinal)),
            CsvFormat.SnakeToken(m.Status), CsvFormat.Token(m.Confidence), m.Notes ?? "",
            CsvFormat.Date(m.InvalidatedOn), m.InvalidatedBy ?? "",
            m.InvalidatedByEventId is { } ruling ? eventRefs.GetValueOrDefault(ruling, "") : "",
            m.InvalidationNote ?? "",
            .. SourceCells(Ordered(m.Sources)),
        ], ct);
    }

    private static async Task<int> WriteRateStepsAsync(AppDbContext db, CsvOutput csv, ExportFilter filter, CancellationToken ct)
    {
        await csv.WriteRowAsync(RateStepImporter.Columns);
        var measureKeys = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Key, ct);
        var query = db.RateSteps.AsNoTracking();
        if (filter.MeasureKey is { } key)
        {
            query = query.Where(s => s.Measure!.Key == key);
        }

        if (filter.From is { } from)
        {
            query = query.Where(s => s.TimelineDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(s => s.TimelineDate <= to);
        }

        return await WritePagesAsync(csv, lastId => query.Where(s => s.Id > lastId).OrderBy(s => s.Id).Take(PageSize).Include(s => s.Sources), s => s.Id,
            s => RateStepCells(s, measureKeys[s.TariffMeasureId]), ct);
    }

    /// <summary>One rate step as a row of the rate-steps format: instants as wall-clock dates and times in its zone.</summary>
    internal static string[] RateStepCells(RateStep s, string measureKey)
    {
        var from = s.InForceFrom is { } f ? ZonedTime.ToLocal(f, s.TimeZoneId) : (DateTimeOffset?)null;
        var until = s.InForceUntil is { } u ? ZonedTime.ToLocal(u, s.TimeZoneId) : (DateTimeOffset?)null;
        return
        [
            s.ReferenceId ?? "", measureKey, CsvFormat.Percent(s.RatePercent),
            from is { } fd ? CsvFormat.Date(DateOnly.FromDateTime(fd.DateTime)) : "",
            from is { } ft ? CsvFormat.Time(TimeOnly.FromDateTime(ft.DateTime)) : "",
            until is { } ud ? CsvFormat.Date(DateOnly.FromDateTime(ud.DateTime)) : "",
            until is { } ut ? CsvFormat.Time(TimeOnly.FromDateTime(ut.DateTime)) : "",
            s.TimeZoneId, CsvFormat.Date(s.AnnouncedOn), CsvFormat.Flag(s.NeverApplied), s.Notes ?? "",
            .. SourceCells(Ordered(s.Sources)),
        ];
    }

    private static async Task<int> WriteEventsAsync(AppDbContext db, CsvOutput csv, ExportFilter filter, CancellationToken ct)
    {
        await csv.WriteRowAsync(EventImporter.Columns);
        var query = db.Events.AsNoTracking();
        if (filter.From is { } from)
        {
            query = query.Where(e => e.StartsOn >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.StartsOn <= to);
        }

        return await WritePagesAsync(csv, lastId => query.Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(PageSize)
            .Include(e => e.Economies).Include(e => e.Measures).Include(e => e.Deadlines).Include(e => e.Sources).AsSplitQuery(), e => e.Id, e =>
        [
            e.ReferenceId ?? "", CsvFormat.Date(e.StartsOn), CsvFormat.Date(e.EndsOn), CsvFormat.Token(e.Kind), e.Title, e.Location ?? "",
            Participant.FormatList(e.Participants),
            e.Summary,
            CsvFormat.JoinList(e.Economies.Select(x => x.Code).Order(StringComparer.Ordinal)),
            CsvFormat.JoinList(e.Measures.Select(m => m.Key).Order(StringComparer.Ordinal)),
            // Deadlines without an external id cannot be named in a file; such links are not exported (docs/import-format.md).
            CsvFormat.JoinList(e.Deadlines.Where(d => d.ReferenceId is not null).Select(d => d.ReferenceId!).Order(StringComparer.Ordinal)),
            CsvFormat.Token(e.Confidence),
            .. SourceCells(Ordered(e.Sources)),
        ], ct);
    }

    private static async Task<int> WriteDeadlinesAsync(AppDbContext db, CsvOutput csv, ExportFilter filter, CancellationToken ct)
    {
        await csv.WriteRowAsync(DeadlineImporter.Columns);
        var sourceUrls = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Url, ct);
        var query = db.Deadlines.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = ZonedTime.StartOfDay(from, "Etc/UTC");
            query = query.Where(d => d.OriginalDueAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = ZonedTime.StartOfDay(to.AddDays(1), "Etc/UTC");
            query = query.Where(d => d.OriginalDueAt < end);
        }

        return await WritePagesAsync(csv, lastId => query.Where(d => d.Id > lastId).OrderBy(d => d.Id).Take(PageSize)
            .Include(d => d.Measures).Include(d => d.Sources).Include(d => d.Extensions).AsSplitQuery(), d => d.Id, d =>
        {
            var extensions = d.Extensions.OrderBy(x => x.NewDueAt).ThenBy(x => x.Id).ToList();
            return
            [
                d.ReferenceId ?? "", CsvFormat.Instant(d.OriginalDueAt, d.TimeZoneId), d.TimeZoneId, d.Title, d.WhatHappens,
                CsvFormat.Token(d.Status), d.Outcome ?? "",
                d.AnnouncedAt is { } announced ? CsvFormat.Instant(announced, d.TimeZoneId) : "",
                d.OutcomeDecidedOn is { } decided ? CsvFormat.Date(decided) : "",
                CsvFormat.Flag(d.IsFeatured), CsvFormat.Token(d.Confidence),
                CsvFormat.JoinList(d.Measures.Select(m => m.Key).Order(StringComparer.Ordinal)),
                CsvFormat.JoinLines(extensions.Select(x => $"{CsvFormat.Instant(x.NewDueAt, x.TimeZoneId)}[{x.TimeZoneId}]")),
                CsvFormat.JoinLines(extensions.Select(x => CsvFormat.Date(x.DecidedOn))),
                extensions.Any(x => x.Note is not null) ? CsvFormat.JoinLines(extensions.Select(x => x.Note)) : "",
                CsvFormat.JoinLines(extensions.Select(x => sourceUrls[x.SourceId])),
                .. SourceCells(Ordered(d.Sources)),
            ];
        }, ct);
    }

    /// <summary>Reads the rows a page at a time by id (keyset paging) and writes each as one record.</summary>
    private static async Task<int> WritePagesAsync<T>(
        CsvOutput csv, Func<int, IQueryable<T>> page, Func<T, int> idOf, Func<T, string[]> cells, CancellationToken ct)
    {
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var rows = await page(lastId).ToListAsync(ct);
            foreach (var row in rows)
            {
                await csv.WriteRowAsync(cells(row));
            }

            count += rows.Count;
            if (rows.Count < PageSize)
            {
                return count;
            }

            lastId = idOf(rows[^1]);
        }
    }

    /// <summary>Sources in a stable order (by id, the order they were created in), so an export is repeatable.</summary>
    private static List<Source> Ordered(IEnumerable<Source> sources) => Source.InCitedOrder(sources).ToList();

    /// <summary>source_publisher, source_title, source_url: one line per source.</summary>
    private static string[] SourceCells(List<Source> sources) =>
    [
        CsvFormat.JoinLines(sources.Select(s => s.Publisher)),
        CsvFormat.JoinLines(sources.Select(s => s.Title)),
        CsvFormat.JoinLines(sources.Select(s => s.Url)),
    ];
}
