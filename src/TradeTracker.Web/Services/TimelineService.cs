using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>What the timeline can be filtered by; no kinds keeps every kind.</summary>
public sealed record TimelineFilter(
    string? Economy = null,
    TimelineKinds Kinds = default,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 50,
    TimelineCursor? After = null)
{
    public const int MaxPageSize = 200;

    /// <summary>The filter in a query string (economy, kind, from, to, q, after), as the timeline page's URL and the events
    /// API read it. Kinds come as several <c>kind</c> values, a comma list, or both (<c>kind=NegotiationRound,RateChange</c>); one
    /// kind reads as before. Values that do not read are left out and reported to <paramref name="invalid"/> (field,
    /// what would be accepted); the page ignores them, the API answers 400.</summary>
    public static TimelineFilter FromQuery(string? economy, IEnumerable<string?>? kinds, string? from, string? to, string? text, Action<string, string>? invalid = null, string? after = null)
    {
        TimelineCursor? cursor = null;
        if (!string.IsNullOrWhiteSpace(after))
        {
            cursor = TimelineCursor.TryParse(after.Trim(), out var read) ? read : null;
            if (cursor is null)
            {
                invalid?.Invoke("after", $"'{after.Trim()}' is not a timeline cursor: pass the 'next' value of the page before, as it came.");
            }
        }

        var picked = default(TimelineKinds);
        foreach (var name in (kinds ?? []).SelectMany(k => (k ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (TimelineKinds.TryParse(name, out var kind))
            {
                picked = picked.With(kind);
            }
            else
            {
                invalid?.Invoke("kind", $"'{name}' is not a kind: use {TimelineKinds.RateChangeName} or one of {string.Join(", ", Enum.GetNames<EventKind>())}, several as kind=A&kind=B or kind=A,B.");
            }
        }

        return new TimelineFilter(
            string.IsNullOrWhiteSpace(economy) ? null : economy.Trim().ToUpperInvariant(),
            picked,
            ReadDate("from", from, invalid),
            ReadDate("to", to, invalid),
            string.IsNullOrWhiteSpace(text) ? null : text)
        {
            After = cursor,
        };
    }

    /// <summary>The filter as query values (page and asOf are the caller's): the inverse of <see cref="FromQuery"/>.</summary>
    public Dictionary<string, object?> ToQuery() => new()
    {
        ["economy"] = Economy,
        ["kind"] = Kinds.IsEmpty ? null : Kinds.Names.ToArray(),
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
/// is the number counted, which the page shows as "more than". A page read after a cursor counts from the cursor on.
/// <see cref="Next"/> continues after this page's last entry when more entries follow.</summary>
public sealed record TimelineResult(IReadOnlyList<TimelineEntry> Entries, int TotalCount, bool Capped, int Page, int PageSize, TimelineCursor? Next = null)
{
    /// <summary>Pages known to exist: with a capped count, at least one more than those counted.</summary>
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize + (Capped ? 1 : 0));
}

/// <summary>Where a page of the timeline continues: after the entry with this key (<see cref="TimelineKeys"/>). Opaque to
/// clients: the key as eleven base64url characters.</summary>
public readonly record struct TimelineCursor(long Key)
{
    public static bool TryParse(string text, out TimelineCursor cursor)
    {
        cursor = default;
        Span<byte> bytes = stackalloc byte[8];
        if (text.Length != 11 || !Base64Url.IsValid(text) || Base64Url.DecodeFromChars(text, bytes) != 8)
        {
            return false;
        }

        var key = BinaryPrimitives.ReadInt64BigEndian(bytes);
        cursor = new TimelineCursor(key);
        return TimelineKeys.IsValid(key);
    }

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, Key);
        return Base64Url.EncodeToString(bytes);
    }
}

/// <summary>The timeline, newest first, filtered and paged from its read model (<see cref="TimelineReadModel"/>).</summary>
/// <remarks>Each read walks one index backwards from the page's upper key and stops after the page and the count's cap:
/// the entries' key for no filter, a date range or an as-of day (a range of keys), (kind, key) for a kind, the economy
/// links' (economy, key) for an economy, the full-text rows (numbered by key) for text; the other conditions are checked
/// on the rows met. A date range also takes the events that began before it and reach into it, read after the range's
/// own entries (they are older) from the index of entries with an end. A cursor is a key, so a page after one costs what
/// the first page does.</remarks>
public sealed class TimelineService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>Pages counted past the one asked for before the count stops at "more than".</summary>
    public const int PagesCountedAhead = 10;

    /// <summary>One page of the timeline as of a day (entries dated after it hidden; as known then, rate changes announced
    /// after it too); the same filter, day and mode are answered from <see cref="ReadCache"/> until the next change.</summary>
    public Task<TimelineResult> QueryAsync(TimelineFilter filter, DateOnly? asOfDate = null, AsOfMode mode = AsOfMode.Legal, CancellationToken ct = default) =>
        cache.GetAsync($"timeline:{filter}:{asOfDate:yyyy-MM-dd}:{mode}", loadCt => LoadAsync(filter, new(asOfDate, mode), loadCt), ct);

    /// <summary>Every entry the filter matches after its cursor (all of them without one), newest first (downloads): read
    /// in batches, each continuing after the last key of the one before, so the whole timeline costs one pass.</summary>
    public async IAsyncEnumerable<TimelineEntry> ReadAllAsync(TimelineFilter filter, DateOnly? asOfDate, AsOfMode mode, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var asOf = new TimelineAsOf(asOfDate, mode);
        var after = filter.After;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var keys = await ReadKeysAsync(db, filter with { After = after }, asOf, TimelineFilter.MaxPageSize, ct);
            foreach (var entry in await ReadEntriesAsync(db, keys, ct))
            {
                yield return entry;
            }

            if (keys.Count < TimelineFilter.MaxPageSize)
            {
                yield break;
            }

            after = new TimelineCursor(keys[^1]);
        }
    }

    private async Task<TimelineResult> LoadAsync(TimelineFilter filter, TimelineAsOf asOf, CancellationToken ct)
    {
        var page = filter.After is null ? Math.Max(1, filter.Page) : 1;
        var size = Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize);
        var skip = (page - 1) * size;
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // One read serves the count and the page: the keys newest first, up to one past the count's cap (the page's keys
        // are a prefix of them).
        var counted = (page + PagesCountedAhead) * size;
        var keys = await ReadKeysAsync(db, filter, asOf, counted + 1, ct);
        var pageKeys = keys.Skip(skip).Take(size).ToList();
        var entries = await ReadEntriesAsync(db, pageKeys, ct);
        var next = keys.Count > skip + size ? new TimelineCursor(pageKeys[^1]) : (TimelineCursor?)null;
        return new TimelineResult(entries, Math.Min(keys.Count, counted), keys.Count > counted, page, size, next);
    }

    /// <summary>The first <paramref name="take"/> keys the filter matches after its cursor, newest first: the range's own
    /// entries, then (with a first day) the older events that reach into it.</summary>
    private static async Task<List<long>> ReadKeysAsync(AppDbContext db, TimelineFilter filter, TimelineAsOf asOf, int take, CancellationToken ct)
    {
        var upper = Math.Min(filter.After?.Key ?? long.MaxValue, Math.Min(
            asOf.Date is { } day ? TimelineKeys.DayEnd(day) : long.MaxValue,
            filter.To is { } to ? TimelineKeys.DayEnd(to) : long.MaxValue));
        var lower = filter.From is { } from ? TimelineKeys.DayStart(from) : 0;
        var keys = await Keys(db, filter, asOf, lower, upper, null, take).ToListAsync(ct);
        if (filter.From is { } first && keys.Count < take && lower < upper)
        {
            keys.AddRange(await Keys(db, filter, asOf, 0, lower, first, take - keys.Count).ToListAsync(ct));
        }

        return keys;
    }

    /// <summary>The first <paramref name="take"/> keys in [<paramref name="lower"/>, <paramref name="upper"/>) the filter
    /// matches, newest first, read from the index of the filter's most selective part; with <paramref name="endsFrom"/>,
    /// only entries ending on or after it.</summary>
    private static IQueryable<long> Keys(AppDbContext db, TimelineFilter filter, TimelineAsOf asOf, long lower, long upper, DateOnly? endsFrom, int take)
    {
        var entries = db.TimelineEntries.AsQueryable();
        var kinds = filter.Kinds.IsEvery ? [] : filter.Kinds.Columns.ToList();
        var narrowed = kinds.Count > 0 || filter.Economy is not null || endsFrom is not null || asOf is { Date: not null, Mode: AsOfMode.KnownThen };
        if (kinds is [var kind])
        {
            entries = entries.Where(e => e.Kind == kind);
        }
        else if (kinds.Count > 1 && (!string.IsNullOrWhiteSpace(filter.Text) || filter.Economy is not null || endsFrom is not null))
        {
            // Several kinds beside a text, an economy or a reach into a range: checked on the rows that index meets.
            entries = entries.Where(e => kinds.Contains(e.Kind));
        }

        if (asOf is { Date: { } day, Mode: AsOfMode.KnownThen })
        {
            // As known then: a step announced later (a retroactive correction) was not on the timeline yet.
            entries = entries.Where(e => e.AnnouncedOn == null || e.AnnouncedOn <= day);
        }

        if (endsFrom is { } ends)
        {
            entries = entries.Where(e => e.EndDate >= ends);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Text with no word in it (only punctuation) finds nothing.
            if (TypedQuery.Parse(filter.Text) is not { } typed)
            {
                return entries.Where(e => false).Select(e => e.Key);
            }

            if (filter.Economy is { } with)
            {
                entries = entries.Where(e => db.TimelineEntryEconomies.Any(l => l.EconomyCode == with && l.Key == e.Key));
            }

            // Text alone: the text table's own rows, newest first, so the read stops after a page (every row has its entry,
            // the entries' triggers keep them together). Text with another filter: the matches joined to the entries.
            return (narrowed
                ? from key in TextKeys(db, typed, lower, upper)
                  join e in entries on key equals e.Key
                  orderby key descending
                  select key
                : TextKeys(db, typed, lower, upper)).Take(take);
        }

        if (filter.Economy is { } economy)
        {
            return (from link in db.TimelineEntryEconomies
                   where link.EconomyCode == economy && link.Key >= lower && link.Key < upper
                   join e in entries on link.Key equals e.Key
                   orderby link.Key descending
                   select link.Key).Take(take);
        }

        var ranged = entries.Where(e => e.Key >= lower && e.Key < upper);
        if (kinds.Count > 1 && endsFrom is null)
        {
            // Several kinds alone: one statement, a UNION ALL of each kind's newest keys from the (Kind, Key) index (each
            // stops after take), merged newest first. One condition "Kind IN (...)" would make the store either walk every
            // key testing the kind (long for rare kinds) or read every entry of the kinds and sort them.
            return kinds
                .Select(k => NewestOfKind(ranged.Where(e => e.Kind == k), take))
                .Aggregate((all, one) => all.Concat(one))
                .OrderByDescending(key => key).Take(take);
        }

        return kinds.Count == 1 && endsFrom is null
            ? NewestOfKind(ranged, take)
            : ranged.OrderByDescending(e => e.Key).Select(e => e.Key).Take(take);
    }

    /// <summary>The newest keys of entries of one kind, in the (Kind, Key) index's own order: the same order as the key
    /// alone, since the kind is fixed, but PostgreSQL only walks the index backwards and stops for "Kind IS NULL" (rate
    /// changes) when asked for it; ordered by the key alone it reads every rate change in the range and sorts them.</summary>
    private static IQueryable<long> NewestOfKind(IQueryable<TimelineEntryRow> ofKind, int take) =>
        ofKind.OrderByDescending(e => e.Kind).ThenByDescending(e => e.Key).Select(e => e.Key).Take(take);

    /// <summary>The keys in [<paramref name="lower"/>, <paramref name="upper"/>) of the entries whose text matches (the
    /// last word also as a prefix), newest first, from the store's <c>TimelineText</c> rows, which the TimelineReadModel
    /// migration numbers by entry key. The range and the order are inside the statement: joined or wrapped from outside,
    /// SQLite read every match of a common word and sorted them (359 ms a page at 1M against 1 ms).</summary>
    private static IQueryable<long> TextKeys(AppDbContext db, TypedQuery query, long lower, long upper) => db.Database.IsNpgsql()
        ? db.Database.SqlQuery<long>($"""SELECT t."Key" AS "Value" FROM "TimelineText" AS t WHERE t."Vector" @@ to_tsquery('search_index', {query.TsQuery(prefixLast: true)}) AND t."Key" >= {lower} AND t."Key" < {upper} ORDER BY t."Key" DESC""")
        : db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM TimelineText WHERE TimelineText MATCH {query.Fts5(prefixLast: true)} AND rowid >= {lower} AND rowid < {upper} ORDER BY rowid DESC");

    /// <summary>The entries behind the keys, with their sources (and an event's disagreements), in the keys' order.</summary>
    private static async Task<List<TimelineEntry>> ReadEntriesAsync(AppDbContext db, List<long> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var rows = await db.TimelineEntries.AsNoTracking().Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, ct);
        var eventIds = rows.Values.Where(r => r.EventId != null).Select(r => r.Id).ToList();
        var stepIds = rows.Values.Where(r => r.StepId != null).Select(r => r.Id).ToList();
        var events = eventIds.Count == 0 ? [] : await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                Sources = e.Sources.ToList(),
                Disagreements = e.Disagreements.Select(d => new Disagreement
                {
                    Id = d.Id, Claim = d.Claim, CounterClaim = d.CounterClaim, ClaimSource = d.ClaimSource, CounterSource = d.CounterSource,
                }).ToList(),
            })
            .AsSplitQuery().ToDictionaryAsync(e => e.Id, ct);
        var steps = stepIds.Count == 0 ? [] : await db.RateSteps.AsNoTracking().Where(s => stepIds.Contains(s.Id))
            .Select(s => new { s.Id, Sources = s.Sources.ToList() })
            .AsSplitQuery().ToDictionaryAsync(s => s.Id, s => s.Sources, ct);
        return keys.Select(k => rows[k]).Select(r => r.Type == TimelineEntryType.Event
            ? FromEvent(r, events[r.Id].Sources, events[r.Id].Disagreements)
            : FromStep(r, steps[r.Id])).ToList();
    }

    /// <summary>The day a view of the timeline is for (null: now, nothing hidden) and how it treats later announcements.</summary>
    private readonly record struct TimelineAsOf(DateOnly? Date, AsOfMode Mode);

    private static TimelineEntry FromEvent(TimelineEntryRow e, List<Source> sources, List<Disagreement> disagreements) => new(
        TimelineEntryType.Event, e.Id, e.Date, e.EndDate, e.Title, e.Detail, Labels.Of(e.Kind!.Value), e.Location,
        null, false, null, null, sources, e.Confidence, disagreements);

    /// <summary>A rate change's entry: its title is the measure's name with the rate.</summary>
    private static TimelineEntry FromStep(TimelineEntryRow s, List<Source> sources)
    {
        var rate = s.RatePercent is { } r ? $"{r:0.##}%" : "non-ad-valorem duty";
        var title = s.NeverApplied ? $"{s.Title}: {rate} announced, never applied" : $"{s.Title}: {rate}";
        return new TimelineEntry(
            TimelineEntryType.RateChange, s.Id, s.Date, null, title, s.Detail,
            s.NeverApplied ? "Threat (never applied)" : "Rate change", null, s.RatePercent, s.NeverApplied,
            s.ImposerCode, s.TargetCode, sources, s.Confidence, []);
    }
}
