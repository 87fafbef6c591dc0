using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services;

/// <summary>A checked search: the text, an optional kind, and the as-of instant (null for now) with the text it came
/// from and the view (legal or as known then), which links carry on. Made by <see cref="SearchService.Parse"/>.</summary>
public sealed record SearchQuery(string Text, SearchKind? Kind, DateTimeOffset? AsOf, string? AsOfText, int Limit, AsOfMode Mode = AsOfMode.Legal);

/// <summary>One result: what it is, its title and snippet as safe HTML with &lt;mark&gt; around matched words, the
/// date it sits on, and where it is shown.</summary>
public sealed record SearchHit(SearchKind Kind, int Id, string Title, string TitleHtml, string SnippetHtml, DateOnly? Date, string Link);

/// <summary>The hits, title matches first, newest first, and how many rows of each kind match (before the limit; only
/// the asked-for kind when the query names one). Counting stops after <see cref="SearchService.CountCap"/> matches: then
/// <see cref="Capped"/> is true and the counts are those among the newest matches.</summary>
public sealed record SearchResult(SearchQuery Query, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<SearchKind, int> Counts)
{
    public bool Capped => Counts.Values.Sum() > SearchService.CountCap;

    public int TotalCount => Math.Min(SearchService.CountCap, Counts.Values.Sum());
}

/// <summary>Full-text search over events, measures, deadlines and sources through the store's search index (FTS5 on
/// SQLite, tsvector on PostgreSQL, <see cref="FullTextStore"/>): rows whose title matches first, then rows that match
/// anywhere, newest first within each. Archived rows are not in the index; with an as-of instant, what was not there
/// yet is left out.</summary>
public sealed class SearchService(IDbContextFactory<AppDbContext> dbFactory, DisplayClock clock, ILogger<SearchService> logger)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxTextLength = 200;

    /// <summary>Matches are counted up to this many; beyond it the count says "more than".</summary>
    public const int CountCap = 1000;

    /// <summary>Checks what a caller typed (the API's query string, the page's URL); all errors at once, keyed by the
    /// query parameter: q, kind, limit, asOf; <paramref name="known"/> is the "as known then" switch (1).</summary>
    public SearchQuery Parse(string? text, string? kind = null, string? limit = null, string? asOf = null, string? known = null)
    {
        var errors = new ErrorBag();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("q", "Type something to search for.");
        }
        else
        {
            errors.MaxLength("q", text, "The search text", MaxTextLength);
        }

        SearchKind? searchKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            var name = Enum.GetNames<SearchKind>().FirstOrDefault(n => string.Equals(n, kind.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors.Add("kind", $"'{kind}' is not a kind: use event, measure, deadline or source.");
            }
            else
            {
                searchKind = Enum.Parse<SearchKind>(name);
            }
        }

        var count = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"limit must be a whole number from 1 to {MaxLimit}.");
        }

        DateTimeOffset? instant = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (clock.TryResolve(asOf, out var resolved, out var asOfError))
            {
                instant = resolved;
            }
            else
            {
                errors.Add("asOf", asOfError);
            }
        }

        errors.ThrowIfAny();
        return new SearchQuery(text!.Trim(), searchKind, instant, instant is null ? null : asOf, count, AsOf.ModeFrom(known));
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        if (TypedQuery.Parse(query.Text) is not { } typed)
        {
            logger.LogInformation("Search for {Text} has no word to look for", query.Text);
            return new SearchResult(query, [], new Dictionary<SearchKind, int>());
        }

        var started = Stopwatch.GetTimestamp();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var store = FullTextStore.For(db);
        var filter = new IndexFilter(
            query.Kind, query.AsOf is { } asOf ? clock.LocalDate(asOf) : null, query.AsOf, query.Mode == AsOfMode.KnownThen, query.Limit);

        // The last word as a prefix at once when the index keeps its prefixes ready (FullTextIndex.PrefixAtOnce: "semicond"
        // finds semiconductors, "tariffs" tariff and tariffs). Otherwise whole words first: FTS5 streams a word's rows
        // newest first and stops, while a prefix the index does not keep makes it merge every matching word's rows in
        // full, so that runs only when whole words fill less than a page ("semiconduc" finds semiconductors; "negotiations"
        // needs no prefix).
        var prefixAtOnce = FullTextIndex.PrefixAtOnce(typed);
        var (rows, counts) = await store.MatchAsync(db, typed, prefixLast: prefixAtOnce, filter, ct);
        if (!prefixAtOnce && rows.Count < query.Limit && typed.CanPrefixLast)
        {
            (rows, counts) = await store.MatchAsync(db, typed, prefixLast: true, filter, ct);
        }

        var places = await PlacesAsync(db, rows, query, ct);
        var hits = rows
            .Where(r => places.ContainsKey(r.Entity))
            .Select(r => new SearchHit(
                r.Entity.Kind, r.Entity.Id, FullTextIndex.Plain(r.Title), FullTextIndex.ToHtml(r.Title), FullTextIndex.ToHtml(r.Snippet),
                places[r.Entity].Date, places[r.Entity].Link))
            .ToList();
        var result = new SearchResult(query, hits, counts.ToDictionary(c => (SearchKind)c.Kind, c => c.Count));
        logger.LogInformation(
            "Search for {Text} (kind {Kind}, as of {AsOf}) matched {Total} rows, returned {Returned} in {ElapsedMs:0.0} ms",
            query.Text, query.Kind, query.AsOf, result.TotalCount, hits.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    /// <summary>Each hit's date and link, read from its row (one small query per kind among the hits).</summary>
    private static async Task<Dictionary<(SearchKind, int), (DateOnly? Date, string Link)>> PlacesAsync(
        AppDbContext db, List<FullTextStore.IndexRow> rows, SearchQuery query, CancellationToken ct)
    {
        List<int> Ids(SearchKind kind) => rows.Where(r => r.Entity.Kind == kind).Select(r => r.Entity.Id).ToList();
        string WithAsOf(string path) => query.AsOfText is null ? path
            : QueryHelpers.AddQueryString(path, query.Mode == AsOfMode.KnownThen
                ? new Dictionary<string, string?> { ["asOf"] = query.AsOfText, [AsOf.KnownQueryName] = "1" }
                : new Dictionary<string, string?> { ["asOf"] = query.AsOfText });
        var places = new Dictionary<(SearchKind, int), (DateOnly?, string)>();

        var eventIds = Ids(SearchKind.Event);
        if (eventIds.Count > 0)
        {
            foreach (var e in await db.Events.Where(e => eventIds.Contains(e.Id)).Select(e => new { e.Id, e.StartsOn }).ToListAsync(ct))
            {
                var day = e.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                places[(SearchKind.Event, e.Id)] = (e.StartsOn, WithAsOf($"/timeline?from={day}&to={day}#event-{e.Id}"));
            }
        }

        var measureIds = Ids(SearchKind.Measure);
        if (measureIds.Count > 0)
        {
            foreach (var m in await db.Measures.Where(m => measureIds.Contains(m.Id))
                .Select(m => new { m.Id, m.ImposingEconomyCode, m.TargetEconomyCode, First = m.Steps.Min(s => (DateOnly?)s.TimelineDate) })
                .ToListAsync(ct))
            {
                places[(SearchKind.Measure, m.Id)] = (m.First, WithAsOf(m.TargetEconomyCode is null ? "/tariffs" : $"/tariffs/{m.ImposingEconomyCode}/{m.TargetEconomyCode}"));
            }
        }

        var deadlineIds = Ids(SearchKind.Deadline);
        if (deadlineIds.Count > 0)
        {
            foreach (var d in await db.Deadlines.Where(d => deadlineIds.Contains(d.Id)).Select(d => new { d.Id, d.OriginalDueAt, d.TimeZoneId }).ToListAsync(ct))
            {
                places[(SearchKind.Deadline, d.Id)] = (ZonedTime.LocalDate(d.OriginalDueAt, d.TimeZoneId), WithAsOf($"/deadlines#deadline-{d.Id}"));
            }
        }

        var sourceIds = Ids(SearchKind.Source);
        if (sourceIds.Count > 0)
        {
            foreach (var s in await db.Sources.Where(s => sourceIds.Contains(s.Id)).Select(s => new { s.Id, s.PublishedOn, s.Url }).ToListAsync(ct))
            {
                places[(SearchKind.Source, s.Id)] = (s.PublishedOn, s.Url);
            }
        }

        return places;
    }
}
