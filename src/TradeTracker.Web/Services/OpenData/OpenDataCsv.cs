using System.Globalization;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.Web.Services.OpenData;

/// <summary>The read API's lists as CSV (UTF-8, header row, one record per line; a measure is one line per rate step).
/// Instants are ISO 8601 UTC beside their wall-clock text and zone; several sources are separated by line breaks.</summary>
public static class OpenDataCsv
{
    private static readonly Column<TimelineRow>[] TimelineColumns =
    [
        new("type", r => r.Type.ToString()),
        new("id", r => Number(r.Id)),
        new("date", r => CsvFormat.Date(r.Date)),
        new("end_date", r => CsvFormat.Date(r.EndDate)),
        new("label", r => r.Label),
        new("title", r => r.Title),
        new("detail", r => r.Detail),
        new("location", r => r.Location ?? ""),
        new("rate_percent", r => CsvFormat.Percent(r.RatePercent)),
        new("never_applied", r => CsvFormat.Flag(r.NeverApplied)),
        new("imposer", r => r.Imposer ?? ""),
        new("target", r => r.Target ?? ""),
        new("source_urls", r => Urls(r.Sources)),
        new("confidence", r => r.Confidence.ToString()),
        new("disagreements", r => CsvFormat.JoinLines(r.Disagreements.Select(d =>
            $"{d.Claim} ({d.ClaimSource?.Url ?? "no source"}) / {d.CounterClaim} ({d.CounterSource?.Url ?? "no source"})"))),
    ];

    private static readonly Column<(MeasureRow Measure, RateStepRow? Step)>[] MeasureColumns =
    [
        new("measure_id", r => Number(r.Measure.Id)),
        new("key", r => r.Measure.Key),
        new("name", r => r.Measure.Name),
        new("imposer", r => r.Measure.Imposer),
        new("target", r => r.Measure.Target ?? ""),
        new("legal_basis", r => r.Measure.LegalBasis),
        new("coverage", r => r.Measure.Coverage.ToString()),
        new("hs_prefixes", r => string.Join(" ", r.Measure.HsPrefixes)),
        new("combination", r => r.Measure.Combination.ToString()),
        new("status", r => r.Measure.Status?.ToString() ?? ""),
        new("rate_percent_as_of", r => CsvFormat.Percent(r.Measure.RatePercentAsOf)),
        new("step_id", r => r.Step is { } s ? Number(s.Id) : ""),
        new("rate_percent", r => CsvFormat.Percent(r.Step?.RatePercent)),
        new("in_force_from_utc", r => Utc(r.Step?.InForceFrom)),
        new("in_force_until_utc", r => Utc(r.Step?.InForceUntil)),
        new("time_zone", r => r.Step?.TimeZone ?? ""),
        new("in_force_from_local", r => r.Step?.InForceFromLocal ?? ""),
        new("in_force_until_local", r => r.Step?.InForceUntilLocal ?? ""),
        new("announced_on", r => CsvFormat.Date(r.Step?.AnnouncedOn)),
        new("never_applied", r => r.Step is { } s ? CsvFormat.Flag(s.NeverApplied) : ""),
        new("in_force_at_as_of", r => r.Step is { } s ? CsvFormat.Flag(s.InForceAtAsOf) : ""),
        new("source_urls", r => Urls(r.Step is { Sources.Count: > 0 } s ? s.Sources : r.Measure.Sources)),
    ];

    private static readonly Column<DeadlineRow>[] DeadlineColumns =
    [
        new("id", r => Number(r.Id)),
        new("title", r => r.Title),
        new("state", r => r.State.ToString()),
        new("due_utc", r => Utc(r.DueAt)),
        new("time_zone", r => r.TimeZone),
        new("due_local", r => r.DueLocal),
        new("original_due_utc", r => Utc(r.OriginalDueAt)),
        new("original_due_local", r => r.OriginalDueLocal),
        new("recorded_status", r => r.RecordedStatus.ToString()),
        new("outcome", r => r.Outcome ?? ""),
        new("outcome_decided_on", r => r.OutcomeDecidedOn is { } d ? CsvFormat.Date(d) : ""),
        new("announced_utc", r => r.AnnouncedAt is { } a ? Utc(a) : ""),
        new("confidence", r => r.Confidence.ToString()),
        new("extensions", r => CsvFormat.JoinLines(r.Extensions.Select(x => $"decided {CsvFormat.Date(x.DecidedOn)}: due {x.NewDueLocal}"))),
        new("what_happens", r => r.WhatHappens),
        new("source_urls", r => Urls(r.Sources)),
    ];

    public static Task WriteTimelineAsync(Stream output, IEnumerable<TimelineRow> rows, CancellationToken ct) =>
        WriteAsync(output, TimelineColumns, rows, ct);

    public static Task WriteMeasuresAsync(Stream output, IEnumerable<MeasureRow> rows, CancellationToken ct) =>
        WriteAsync(output, MeasureColumns, rows.SelectMany(m => m.Schedule.Count == 0
            ? [(m, (RateStepRow?)null)]
            : m.Schedule.Select(s => (m, (RateStepRow?)s))), ct);

    public static Task WriteDeadlinesAsync(Stream output, IEnumerable<DeadlineRow> rows, CancellationToken ct) =>
        WriteAsync(output, DeadlineColumns, rows, ct);

    private static async Task WriteAsync<T>(Stream output, Column<T>[] columns, IEnumerable<T> rows, CancellationToken ct)
    {
        await using var csv = new CsvOutput(output);
        await csv.WriteRowAsync(columns.Select(c => c.Header));
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            await csv.WriteRowAsync(columns.Select(c => c.Cell(row)));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset? instant) =>
        instant is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    private static string Urls(IEnumerable<SourceLink> sources) => CsvFormat.JoinLines(sources.Select(s => s.Url));

    private sealed record Column<T>(string Header, Func<T, string> Cell);
}
