using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>What the timeline can be filtered by. Kind is an <see cref="EventKind"/> name or <see cref="RateChangeKind"/>.</summary>
public sealed record TimelineFilter(
    string? Economy = null,
    string? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 50)
{
    public const string RateChangeKind = "RateChange";
    public const int MaxPageSize = 200;

    /// <summary>The filter in a query string (economy, kind, from, to, q), as the timeline page's URL and the events API
    /// read it. Values that do not read are left out and reported to <paramref name="invalid"/> (field, what would be
    /// accepted); the page ignores them, the API answers 400.</summary>
    public static TimelineFilter FromQuery(string? economy, string? kind, string? from, string? to, string? text, Action<string, string>? invalid = null)
    {
        string? kindName = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            kindName = string.Equals(kind.Trim(), RateChangeKind, StringComparison.OrdinalIgnoreCase) ? RateChangeKind
                : Enum.TryParse<EventKind>(kind.Trim(), ignoreCase: true, out var eventKind) && Enum.IsDefined(eventKind) && !int.TryParse(kind, out _) ? eventKind.ToString()
                : null;
            if (kindName is null)
            {
                invalid?.Invoke("kind", $"'{kind.Trim()}' is not a kind: use {RateChangeKind} or one of {string.Join(", ", Enum.GetNames<EventKind>())}.");
            }
        }

        return new TimelineFilter(
            string.IsNullOrWhiteSpace(economy) ? null : economy.Trim().ToUpperInvariant(),
            kindName,
            ReadDate("from", from, invalid),
            ReadDate("to", to, invalid),
            string.IsNullOrWhiteSpace(text) ? null : text);
    }

    /// <summary>The filter as query values (page and asOf are the caller's): the inverse of <see cref="FromQuery"/>.</summary>
    public Dictionary<string, object?> ToQuery() => new()
    {
        ["economy"] = Economy,
        ["kind"] = Kind,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["q"] = Text,
    };

    private static DateOnly? ReadDate(string field, string? text, Action<string, string>? invalid)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        invalid?.Invoke(field, $"'{text.Trim()}' is not a date: use yyyy-MM-dd, such as 2025-04-02.");
        return null;
    }
}

public enum TimelineEntryType
{
    Event,
    RateChange,
}

/// <summary>One row of the merged timeline: an event, or a rate step of a measure.</summary>
public sealed record TimelineEntry(
    TimelineEntryType Type,
    int Id,
    DateOnly Date,
    DateOnly? EndDate,
    string Title,
    string Detail,
    string Label,
    string? Location,
    decimal? RatePercent,
    bool NeverApplied,
    string? ImposerCode,
    string? TargetCode,
    IReadOnlyList<Source> Sources);

public sealed record TimelineResult(IReadOnlyList<TimelineEntry> Entries, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

/// <summary>Events and rate changes merged in date order, newest first, filtered and paged in the database.</summary>
public sealed class TimelineService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>One page of the timeline; the same filter and day are answered from <see cref="ReadCache"/> until the
    /// next change.</summary>
    public Task<TimelineResult> QueryAsync(TimelineFilter filter, DateOnly? asOfDate = null, CancellationToken ct = default) =>
        cache.GetAsync($"timeline:{filter}:{asOfDate:yyyy-MM-dd}", loadCt => LoadAsync(filter, asOfDate, loadCt), ct);

    private async Task<TimelineResult> LoadAsync(TimelineFilter filter, DateOnly? asOfDate, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var includeEvents = filter.Kind is null || filter.Kind != TimelineFilter.RateChangeKind;
        var includeSteps = filter.Kind is null || filter.Kind == TimelineFilter.RateChangeKind;
        var events = FilterEvents(db, filter, asOfDate);
        var steps = FilterSteps(db, filter, asOfDate);

        var eventKeys = events.Select(e => new { Type = 0, e.Id, Date = e.StartsOn });
        var stepKeys = steps.Select(s => new { Type = 1, s.Id, Date = s.TimelineDate });
        var keys = includeEvents && includeSteps ? eventKeys.Concat(stepKeys) : includeEvents ? eventKeys : stepKeys;
        // The count is most of a page's cost at scale and the same for every page of a filter: kept apart, so the next
        // page of a filter costs only its own rows.
        var total = await cache.GetAsync($"timeline-count:{filter with { Page = 1 }}:{asOfDate:yyyy-MM-dd}", loadCt => keys.CountAsync(loadCt), ct);
        var pageKeys = await keys
            .OrderByDescending(k => k.Date).ThenByDescending(k => k.Type).ThenByDescending(k => k.Id)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(ct);

        var eventIds = pageKeys.Where(k => k.Type == 0).Select(k => k.Id).ToList();
        var stepIds = pageKeys.Where(k => k.Type == 1).Select(k => k.Id).ToList();
        var eventRows = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .Include(e => e.Sources).AsSplitQuery().ToDictionaryAsync(e => e.Id, ct);
        var stepRows = await db.RateSteps.AsNoTracking().Where(s => stepIds.Contains(s.Id))
            .Include(s => s.Measure).Include(s => s.Sources).AsSplitQuery().ToDictionaryAsync(s => s.Id, ct);

        var entries = pageKeys.Select(k => k.Type == 0 ? FromEvent(eventRows[k.Id]) : FromStep(stepRows[k.Id])).ToList();
        return new TimelineResult(entries, total, page, size);
    }

    private static IQueryable<TradeEvent> FilterEvents(AppDbContext db, TimelineFilter filter, DateOnly? asOfDate)
    {
        var query = db.Events.AsQueryable();
        if (asOfDate is { } asOf)
        {
            query = query.Where(e => e.StartsOn <= asOf);
        }

        if (filter.Kind is { } kind && Enum.TryParse<EventKind>(kind, out var eventKind))
        {
            query = query.Where(e => e.Kind == eventKind);
        }

        if (filter.Economy is { } economy)
        {
            query = query.Where(e => e.Economies.Any(x => x.Code == economy));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => (e.EndsOn ?? e.StartsOn) >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.StartsOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Text with no word in it (only punctuation) finds nothing.
            var match = FullTextIndex.MatchExpression(filter.Text);
            var ids = match is null ? null : FullTextIndex.MatchingIds(db, match, SearchKind.Event);
            query = ids is null ? query.Where(e => false) : query.Where(e => ids.Contains(e.Id));
        }

        return query;
    }

    private static IQueryable<RateStep> FilterSteps(AppDbContext db, TimelineFilter filter, DateOnly? asOfDate)
    {
        var query = db.RateSteps.AsQueryable();
        if (asOfDate is { } asOf)
        {
            query = query.Where(s => s.TimelineDate <= asOf);
        }

        if (filter.Economy is { } economy)
        {
            query = query.Where(s => s.Measure!.ImposingEconomyCode == economy || s.Measure.TargetEconomyCode == economy);
        }

        if (filter.From is { } from)
        {
            query = query.Where(s => s.TimelineDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(s => s.TimelineDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // A rate change is found through its measure's entry in the index (name, legal basis, products, notes).
            var match = FullTextIndex.MatchExpression(filter.Text);
            var ids = match is null ? null : FullTextIndex.MatchingIds(db, match, SearchKind.Measure);
            query = ids is null ? query.Where(s => false) : query.Where(s => ids.Contains(s.TariffMeasureId));
        }

        return query;
    }

    private static TimelineEntry FromEvent(TradeEvent e) => new(
        TimelineEntryType.Event, e.Id, e.StartsOn, e.EndsOn, e.Title, e.Summary, Labels.Of(e.Kind), e.Location,
        null, false, null, null, e.Sources);

    private static TimelineEntry FromStep(RateStep s)
    {
        var m = s.Measure!;
        var rate = s.RatePercent is { } r ? $"{r:0.##}%" : "non-ad-valorem duty";
        var title = s.NeverApplied ? $"{m.Name}: {rate} announced, never applied" : $"{m.Name}: {rate}";
        return new TimelineEntry(
            TimelineEntryType.RateChange, s.Id, s.TimelineDate, null, title, m.LegalBasis,
            s.NeverApplied ? "Threat (never applied)" : "Rate change", null, s.RatePercent, s.NeverApplied,
            m.ImposingEconomyCode, m.TargetEconomyCode, s.Sources);
    }
}
