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

/// <summary>One row of the merged timeline: an event, or a rate step of a measure; with the confidence of the event (or
/// of the step's measure) and, for an event, the facts its sources disagree on.</summary>
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
    IReadOnlyList<Source> Sources,
    Confidence Confidence,
    IReadOnlyList<Disagreement> Disagreements);

/// <summary>One page of the timeline. Entries are counted only a few pages past this one (counting every match of a
/// filter costs a scan of the whole store): when more match, <see cref="Capped"/> is true and <see cref="TotalCount"/>
/// is the number counted, which the page shows as "more than".</summary>
public sealed record TimelineResult(IReadOnlyList<TimelineEntry> Entries, int TotalCount, bool Capped, int Page, int PageSize)
{
    /// <summary>Pages known to exist: with a capped count, at least one more than those counted.</summary>
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize + (Capped ? 1 : 0));
}

/// <summary>Events and rate changes merged in date order, newest first, filtered and paged in the database.</summary>
/// <remarks>Each side is read in its own index order (events by <c>StartsOn</c>, rate steps by <c>TimelineDate</c>,
/// both then by id) only as far as the page needs, and the two are merged here, so a page costs what it shows and the
/// pages before it, not the size of the store. Order: date, then rate changes before events on the same day, then
/// newest id.</remarks>
public sealed class TimelineService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>Pages counted past the one asked for before the count stops at "more than".</summary>
    public const int PagesCountedAhead = 10;

    /// <summary>One page of the timeline as of a day (entries dated after it hidden; as known then, rate changes announced
    /// after it too); the same filter, day and mode are answered from <see cref="ReadCache"/> until the next change.</summary>
    public Task<TimelineResult> QueryAsync(TimelineFilter filter, DateOnly? asOfDate = null, AsOfMode mode = AsOfMode.Legal, CancellationToken ct = default) =>
        cache.GetAsync($"timeline:{filter}:{asOfDate:yyyy-MM-dd}:{mode}", loadCt => LoadAsync(filter, new(asOfDate, mode), loadCt), ct);

    /// <summary>Every entry the filter matches, newest first (downloads): read in batches, each continuing after the
    /// last entry of the one before, so the whole timeline costs one pass however long it is.</summary>
    public async IAsyncEnumerable<TimelineEntry> ReadAllAsync(TimelineFilter filter, DateOnly? asOfDate, AsOfMode mode, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var asOf = new TimelineAsOf(asOfDate, mode);
        TimelineKey? after = null;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var keys = Merge(await ReadSidesAsync(db, filter, asOf, after, TimelineFilter.MaxPageSize, ct), TimelineFilter.MaxPageSize);
            foreach (var entry in await ReadEntriesAsync(db, keys, ct))
            {
                yield return entry;
            }

            if (keys.Count < TimelineFilter.MaxPageSize)
            {
                yield break;
            }

            after = keys[^1];
        }
    }

    private async Task<TimelineResult> LoadAsync(TimelineFilter filter, TimelineAsOf asOf, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize);
        var skip = (page - 1) * size;
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // One read per side serves the count and the page: each side's keys newest first, up to one past the count's
        // cap (the page's keys are a prefix of them).
        var counted = (page + PagesCountedAhead) * size;
        var sides = await ReadSidesAsync(db, filter, asOf, null, counted + 1, ct);
        var matches = sides.Events.Count + sides.Steps.Count;
        var entries = await ReadEntriesAsync(db, Merge(sides, skip + size).Skip(skip).ToList(), ct);
        return new TimelineResult(entries, Math.Min(matches, counted), matches > counted, page, size);
    }

    /// <summary>Each side's first <paramref name="take"/> keys after <paramref name="after"/>, newest first, read from its
    /// date index.</summary>
    private static async Task<(List<TimelineKey> Events, List<TimelineKey> Steps)> ReadSidesAsync(
        AppDbContext db, TimelineFilter filter, TimelineAsOf asOf, TimelineKey? after, int take, CancellationToken ct)
    {
        var events = filter.Kind != TimelineFilter.RateChangeKind
            ? await Newest(FilterEvents(db, filter, asOf.Date, after)).Take(take)
                .Select(e => new TimelineKey(e.StartsOn, TimelineEntryType.Event, e.Id)).ToListAsync(ct)
            : [];
        var steps = filter.Kind is null || filter.Kind == TimelineFilter.RateChangeKind
            ? await Newest(FilterSteps(db, filter, asOf, after)).Take(take)
                .Select(s => new TimelineKey(s.TimelineDate, TimelineEntryType.RateChange, s.Id)).ToListAsync(ct)
            : [];
        return (events, steps);
    }

    /// <summary>The first <paramref name="take"/> keys of both sides in timeline order.</summary>
    private static List<TimelineKey> Merge((List<TimelineKey> Events, List<TimelineKey> Steps) sides, int take) =>
        sides.Events.Concat(sides.Steps).OrderDescending().Take(take).ToList();

    private static IQueryable<TradeEvent> Newest(IQueryable<TradeEvent> events) => events.OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id);

    private static IQueryable<RateStep> Newest(IQueryable<RateStep> steps) => steps.OrderByDescending(s => s.TimelineDate).ThenByDescending(s => s.Id);

    /// <summary>The rows behind the keys, with their sources, in the keys' order.</summary>
    private static async Task<List<TimelineEntry>> ReadEntriesAsync(AppDbContext db, List<TimelineKey> keys, CancellationToken ct)
    {
        var eventIds = keys.Where(k => k.Type == TimelineEntryType.Event).Select(k => k.Id).ToList();
        var stepIds = keys.Where(k => k.Type == TimelineEntryType.RateChange).Select(k => k.Id).ToList();
        // Only the columns an entry shows.
        var eventRows = eventIds.Count == 0 ? [] : await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .Select(e => new TradeEvent
            {
                Id = e.Id, StartsOn = e.StartsOn, EndsOn = e.EndsOn, Title = e.Title, Summary = e.Summary, Kind = e.Kind,
                Location = e.Location, Confidence = e.Confidence, Sources = e.Sources.ToList(),
                Disagreements = e.Disagreements.Select(d => new Disagreement
                {
                    Id = d.Id, Claim = d.Claim, CounterClaim = d.CounterClaim, ClaimSource = d.ClaimSource, CounterSource = d.CounterSource,
                }).ToList(),
            })
            .AsSplitQuery().ToDictionaryAsync(e => e.Id, ct);
        var stepRows = stepIds.Count == 0 ? [] : await db.RateSteps.AsNoTracking().Where(s => stepIds.Contains(s.Id))
            .Select(s => new RateStep
            {
                Id = s.Id, TimelineDate = s.TimelineDate, RatePercent = s.RatePercent, NeverApplied = s.NeverApplied,
                Measure = new TariffMeasure
                {
                    Name = s.Measure!.Name, LegalBasis = s.Measure.LegalBasis, Confidence = s.Measure.Confidence,
                    ImposingEconomyCode = s.Measure.ImposingEconomyCode, TargetEconomyCode = s.Measure.TargetEconomyCode,
                },
                Sources = s.Sources.ToList(),
            })
            .AsSplitQuery().ToDictionaryAsync(s => s.Id, ct);
        return keys.Select(k => k.Type == TimelineEntryType.Event ? FromEvent(eventRows[k.Id]) : FromStep(stepRows[k.Id])).ToList();
    }

    private static IQueryable<TradeEvent> FilterEvents(AppDbContext db, TimelineFilter filter, DateOnly? asOfDate, TimelineKey? after)
    {
        var query = db.Events.AsQueryable();
        if (after is { } a)
        {
            // An event sorts after a rate change of the same day.
            query = a.Type == TimelineEntryType.Event
                ? query.Where(e => e.StartsOn < a.Date || (e.StartsOn == a.Date && e.Id < a.Id))
                : query.Where(e => e.StartsOn <= a.Date);
        }

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
            var typed = TypedQuery.Parse(filter.Text);
            var ids = typed is null ? null : FullTextIndex.MatchingIds(db, typed, SearchKind.Event);
            query = ids is null ? query.Where(e => false) : query.Where(e => ids.Contains(e.Id));
        }

        return query;
    }

    private static IQueryable<RateStep> FilterSteps(AppDbContext db, TimelineFilter filter, TimelineAsOf asOf, TimelineKey? after)
    {
        // The steps' own filter (archived, or of an archived measure) as an EXISTS per row instead of the join EF makes of
        // it: for the join SQLite builds a Bloom filter over every measure first (18 ms at 100,000 measures), for a page
        // of 50 rows.
        var steps = db.RateSteps.IgnoreQueryFilters().Where(s => s.ArchivedAt == null);
        var query = filter.Economy is { } economy
            ? steps.Where(s => db.Measures.Any(m => m.Id == s.TariffMeasureId && (m.ImposingEconomyCode == economy || m.TargetEconomyCode == economy)))
            : steps.Where(s => db.Measures.Any(m => m.Id == s.TariffMeasureId));
        if (after is { } a)
        {
            query = a.Type == TimelineEntryType.RateChange
                ? query.Where(s => s.TimelineDate < a.Date || (s.TimelineDate == a.Date && s.Id < a.Id))
                : query.Where(s => s.TimelineDate < a.Date);
        }

        if (asOf.Date is { } day)
        {
            query = query.Where(s => s.TimelineDate <= day);
            if (asOf.Mode == AsOfMode.KnownThen)
            {
                // As known then: a step announced later (a retroactive correction) was not on the timeline yet.
                query = query.Where(s => s.AnnouncedOn == null || s.AnnouncedOn <= day);
            }
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
            var typed = TypedQuery.Parse(filter.Text);
            var ids = typed is null ? null : FullTextIndex.MatchingIds(db, typed, SearchKind.Measure);
            query = ids is null ? query.Where(s => false) : query.Where(s => ids.Contains(s.TariffMeasureId));
        }

        return query;
    }

    /// <summary>The day a view of the timeline is for (null: now, nothing hidden) and how it treats later announcements.</summary>
    private readonly record struct TimelineAsOf(DateOnly? Date, AsOfMode Mode);

    /// <summary>An entry's place in the timeline; compares in timeline order reversed (newest is greatest).</summary>
    private readonly record struct TimelineKey(DateOnly Date, TimelineEntryType Type, int Id) : IComparable<TimelineKey>
    {
        public int CompareTo(TimelineKey other) =>
            Date != other.Date ? Date.CompareTo(other.Date) : Type != other.Type ? Type.CompareTo(other.Type) : Id.CompareTo(other.Id);
    }

    private static TimelineEntry FromEvent(TradeEvent e) => new(
        TimelineEntryType.Event, e.Id, e.StartsOn, e.EndsOn, e.Title, e.Summary, Labels.Of(e.Kind), e.Location,
        null, false, null, null, e.Sources, e.Confidence, e.Disagreements);

    private static TimelineEntry FromStep(RateStep s)
    {
        var m = s.Measure!;
        var rate = s.RatePercent is { } r ? $"{r:0.##}%" : "non-ad-valorem duty";
        var title = s.NeverApplied ? $"{m.Name}: {rate} announced, never applied" : $"{m.Name}: {rate}";
        return new TimelineEntry(
            TimelineEntryType.RateChange, s.Id, s.TimelineDate, null, title, m.LegalBasis,
            s.NeverApplied ? "Threat (never applied)" : "Rate change", null, s.RatePercent, s.NeverApplied,
            m.ImposingEconomyCode, m.TargetEconomyCode, s.Sources, m.Confidence, []);
    }
}
