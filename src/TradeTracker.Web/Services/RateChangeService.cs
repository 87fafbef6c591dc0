using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>A rate step that comes into force after the instant viewed: when (in the zone it was declared in), which
/// pair (<see cref="Target"/> null for a measure on every partner), which measure, the new rate and, when the measure's
/// previous step ends as this one starts, the rate it replaces.</summary>
public sealed record UpcomingRateChange(
    DateTimeOffset At, string TimeZoneId, Economy Imposer, Economy? Target, string MeasureName, decimal Percent, decimal? PreviousPercent)
{
    /// <summary>The change in words: "rises from 25% to 100%", "falls from 25% to 0%", "stays at 25%", "starts at 10%".</summary>
    public string Describe() => PreviousPercent switch
    {
        null => $"starts at {Labels.Percent(Percent)}",
        { } before when before < Percent => $"rises from {Labels.Percent(before)} to {Labels.Percent(Percent)}",
        { } before when before > Percent => $"falls from {Labels.Percent(before)} to {Labels.Percent(Percent)}",
        _ => $"stays at {Labels.Percent(Percent)}",
    };
}

/// <summary>Rate changes still to come, read from the rates read model (<see cref="RateReadModel"/>): only steps that
/// count (<see cref="RateStep.Counts"/>) of live measures that can apply are there, so a step announced but never applied
/// and an archived measure never show.</summary>
public sealed class RateChangeService(IDbContextFactory<AppDbContext> dbFactory, EconomyService economies)
{
    /// <summary>The first <paramref name="count"/> steps that come into force after the instant, soonest first: one range
    /// read on the start of the spans. As known then, only steps announced by then (<see cref="RateStep.IsKnownAt"/>).</summary>
    public async Task<List<UpcomingRateChange>> GetUpcomingAsync(AsOf asOf, int count, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var spans = db.Set<RateLayerSpan>().AsNoTracking().Where(s => s.From > asOf.At);
        if (asOf.KnownThen)
        {
            // No zone's calendar is a day ahead of UTC's by more than a day: the exact rule runs on the rows read.
            var latestDay = DateOnly.FromDateTime(asOf.At.UtcDateTime).AddDays(1);
            spans = spans.Where(s => s.AnnouncedOn != null && s.AnnouncedOn <= latestDay);
        }

        var rows = new List<(RateLayerSpan Span, string Name)>();
        var skip = 0;
        while (rows.Count < count)
        {
            var batch = await spans
                .Join(db.Set<RateLayerMeasure>().AsNoTracking(), s => s.MeasureId, m => m.MeasureId, (s, m) => new { Span = s, m.Name })
                .OrderBy(r => r.Span.From).ThenBy(r => r.Span.StepId).Skip(skip).Take(count)
                .ToListAsync(ct);
            rows.AddRange(batch.Where(r => !asOf.KnownThen || IsKnownAt(r.Span, asOf.At)).Select(r => (r.Span, r.Name)));
            if (batch.Count < count)
            {
                break;
            }

            skip += count;
        }

        rows = rows.Take(count).ToList();
        var previous = await PreviousPercentsAsync(db, rows.Select(r => r.Span).ToList(), ct);
        var changes = new List<UpcomingRateChange>();
        foreach (var (span, name) in rows)
        {
            var imposer = await economies.FindAsync(span.ImposerCode, ct) ?? new Economy { Code = span.ImposerCode, Name = span.ImposerCode };
            var target = span.TargetKey == RateLayerMeasure.GlobalTarget
                ? null
                : await economies.FindAsync(span.TargetKey, ct) ?? new Economy { Code = span.TargetKey, Name = span.TargetKey };
            changes.Add(new UpcomingRateChange(span.From, span.TimeZoneId, imposer, target, name, span.Percent,
                previous.TryGetValue((span.MeasureId, span.From), out var before) ? before : null));
        }

        return changes;
    }

    private static bool IsKnownAt(RateLayerSpan span, DateTimeOffset instant) =>
        new RateStep { AnnouncedOn = span.AnnouncedOn, TimeZoneId = span.TimeZoneId, InForceFrom = span.From }.IsKnownAt(instant);

    /// <summary>The rate of each measure's step that ends as one of the spans starts, by (measure, instant).</summary>
    private static async Task<Dictionary<(int MeasureId, DateTimeOffset At), decimal>> PreviousPercentsAsync(AppDbContext db, List<RateLayerSpan> spans, CancellationToken ct)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        var measureIds = spans.Select(s => s.MeasureId).Distinct().ToList();
        var starts = spans.Select(s => s.From).Distinct().ToList();
        var ending = await db.Set<RateLayerSpan>().AsNoTracking()
            .Where(s => measureIds.Contains(s.MeasureId) && starts.Contains(s.Until))
            .Select(s => new { s.MeasureId, s.Until, s.Percent })
            .ToListAsync(ct);
        return ending.DistinctBy(s => (s.MeasureId, s.Until)).ToDictionary(s => (s.MeasureId, s.Until), s => s.Percent);
    }
}
