using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>A dated thing marked on the chart: an event or a deadline (by its id, <see cref="MarkerGroup.Deadlines"/>),
/// when it was written for people and what it was ("Announcement: …").</summary>
public sealed record ChartMarker(DateTimeOffset At, MarkerGroup Group, int Id, string When, string What);

/// <summary>Markers of one group close together on the chart, drawn as one symbol (with their count when more than one),
/// from the day of the first (<see cref="Day"/>) to that of the last (<see cref="LastDay"/>) in the display zone.</summary>
public sealed record MarkerCluster(DateOnly Day, DateOnly LastDay, MarkerGroup Group, IReadOnlyList<ChartMarker> Markers);

/// <summary>A pair's headline rates both ways over a range, with the talks, announcements and deadlines in it, and how
/// the forward direction (imposer on target) is drawn (<see cref="ChartStyles.Of"/>).</summary>
public sealed record RateChart(
    string ImposerCode, string TargetCode, DateTimeOffset From, DateTimeOffset To, string TimeZoneId,
    IReadOnlyList<RatePoint> Points, IReadOnlyList<ChartMarker> Markers, DirectionStyle ForwardStyle = DirectionStyle.Home)
{
    public DirectionStyle BackwardStyle => ForwardStyle == DirectionStyle.Home ? DirectionStyle.Partner : DirectionStyle.Home;

    /// <summary>The forward direction for people: "USA → CHN".</summary>
    public string ForwardLabel => $"{ImposerCode} → {TargetCode}";

    /// <summary>The backward direction for people: "CHN → USA".</summary>
    public string BackwardLabel => $"{TargetCode} → {ImposerCode}";

    /// <summary>The range for people, in the chart's zone: "January 1, 2025 to June 9, 2025".</summary>
    public string RangeText =>
        $"{ZonedTime.FormatDate(ZonedTime.LocalDate(From, TimeZoneId))} to {ZonedTime.FormatDate(ZonedTime.LocalDate(To, TimeZoneId))}";

    /// <summary>How far apart, as a share of the range's width, two symbols of one lane must be: 8.5% is 24 px on the
    /// narrowest chart (a 390 px phone), the least spacing a pointer target needs (WCAG 2.5.8, axe's target-size).</summary>
    public const double MarkerSpacing = 0.085;

    /// <summary>The markers merged by group, in group order then by time: each symbol takes the markers of its group less
    /// than <see cref="MarkerSpacing"/> of the range after its first one, so no two symbols of a lane crowd each other
    /// at any width.</summary>
    public IReadOnlyList<MarkerCluster> Clusters()
    {
        var reach = (To - From) * MarkerSpacing;
        var clusters = new List<MarkerCluster>();
        foreach (var group in Markers.GroupBy(m => m.Group).OrderBy(g => g.Key))
        {
            var pending = new List<ChartMarker>();
            foreach (var marker in group.OrderBy(m => m.At))
            {
                if (pending.Count > 0 && marker.At - pending[0].At >= reach)
                {
                    clusters.Add(Cluster(group.Key, pending));
                    pending = [];
                }

                pending.Add(marker);
            }

            clusters.Add(Cluster(group.Key, pending));
        }

        return clusters;
    }

    private MarkerCluster Cluster(MarkerGroup group, List<ChartMarker> markers) =>
        new(ZonedTime.LocalDate(markers[0].At, TimeZoneId), ZonedTime.LocalDate(markers[^1].At, TimeZoneId), group, markers);

    /// <summary>The point in force at <paramref name="at"/>: the last one at or before it (the first before the range).</summary>
    public RatePoint? PointAt(DateTimeOffset at) => Points.LastOrDefault(p => p.At <= at) ?? Points.FirstOrDefault();
}

/// <summary>The chart's range as asked in the URL (<c>?from=&amp;to=</c>, dates in the display zone).</summary>
public sealed record ChartRange(string? From, string? To)
{
    /// <summary>Presets offered beside the chart: label, from, to (none: up to the moment viewed).</summary>
    public static readonly IReadOnlyList<(string Label, string From, string? To)> Presets =
    [
        ("2018 to now", "2018-01-01", null),
        ("2025 to now", "2025-01-01", null),
        ("April–May 2025", "2025-04-01", "2025-05-31"),
    ];
}

/// <summary>The step chart's data: <see cref="RateHistory"/> over a pair's measures, plus event and deadline markers as
/// known at the instant viewed. Nothing after that instant is shown.</summary>
public sealed class RateChartService(
    IDbContextFactory<AppDbContext> dbFactory, RateService rates, DeadlineService deadlines, DisplayClock clock, IOptions<TradeTrackerOptions> options)
{
    private static readonly EventKind[] MarkedKinds = [.. Enum.GetValues<EventKind>().Where(k => ChartStyles.GroupOf(k) is not null)];

    /// <summary>Reads the range: bare dates in the display zone, from the start of <c>from</c> (default: January 1 of the
    /// year before the moment viewed) to the end of <c>to</c>, cut at <paramref name="asOf"/>. Errors are keyed by field.</summary>
    public bool TryResolve(ChartRange range, DateTimeOffset asOf, out DateTimeOffset from, out DateTimeOffset to, out Dictionary<string, string> errors)
    {
        errors = [];
        var defaultFrom = new DateOnly(clock.LocalDate(asOf).Year - 1, 1, 1);
        from = ZonedTime.StartOfDay(ParseOr(range.From, defaultFrom, "from", errors), clock.TimeZoneId);
        to = string.IsNullOrWhiteSpace(range.To) ? asOf : ZonedTime.EndOfDay(ParseOr(range.To, default, "to", errors), clock.TimeZoneId);
        to = to > asOf ? asOf : to;
        if (errors.Count == 0 && from >= to)
        {
            errors["from"] = $"The range must start before {clock.Format(to)}.";
        }

        return errors.Count == 0;
    }

    /// <summary>The chart from <paramref name="from"/> to <paramref name="to"/>, each point in <paramref name="mode"/> (the
    /// view the page shows, <see cref="AsOf"/>), so the chart's last point is the headline beside it.</summary>
    public async Task<RateChart> GetAsync(string a, string b, DateTimeOffset from, DateTimeOffset to, AsOfMode mode, CancellationToken ct = default)
    {
        var forward = await rates.GetPairMeasuresAsync(a, b, ct);
        var backward = await rates.GetPairMeasuresAsync(b, a, ct);
        var points = RateHistory.Compute(a, b, forward, backward, from, to, clock.TimeZoneId, mode);

        var fromDate = clock.LocalDate(from);
        var toDate = clock.LocalDate(to);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.StartsOn >= fromDate && e.StartsOn <= toDate && MarkedKinds.Contains(e.Kind)
                && e.Economies.Any(x => x.Code == a) && e.Economies.Any(x => x.Code == b))
            .OrderBy(e => e.StartsOn)
            .Select(e => new { e.Id, e.StartsOn, e.Kind, e.Title })
            .ToListAsync(ct);
        var eventMarkers = events.Select(e => new ChartMarker(ZonedTime.StartOfDay(e.StartsOn, clock.TimeZoneId), ChartStyles.GroupOf(e.Kind)!.Value, e.Id,
            ZonedTime.FormatDate(e.StartsOn), $"{Labels.Of(e.Kind)}: {e.Title}"));
        var deadlineMarkers = (await deadlines.GetForEconomiesAsync([a, b], to, ct))
            .Where(d => d.DueAt >= from && d.DueAt <= to)
            .Select(d => new ChartMarker(d.DueAt, MarkerGroup.Deadlines, d.Deadline.Id,
                ZonedTime.Format(d.DueAt, d.DueTimeZoneId), $"Deadline: {d.Deadline.Title}"));

        return new RateChart(a, b, from, to, clock.TimeZoneId, points, [.. eventMarkers.Concat(deadlineMarkers).OrderBy(m => m.At)],
            ChartStyles.Of(a, b, options.Value.FeaturedImposer));
    }

    private static DateOnly ParseOr(string? text, DateOnly fallback, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && AsOf.IsInRange(date))
        {
            return date;
        }

        errors[field] = $"'{text}' is not a date: use yyyy-MM-dd, such as 2025-04-10.";
        return fallback;
    }
}
