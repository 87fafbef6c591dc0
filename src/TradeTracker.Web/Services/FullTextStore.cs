using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services;

/// <summary>What a search asks of the index besides the words: one kind or all (null), the as-of day and instant (null
/// for now) and its view, and how many rows.</summary>
internal sealed record IndexFilter(SearchKind? Kind, DateOnly? AsOfDay, DateTimeOffset? AsOfInstant, bool KnownThen, int Limit);

/// <summary>One store's SQL over its search index: the rows that match, best first (title matches, then the rest,
/// newest first within each), highlighted, and the capped count per kind. Everything else about a search (the words,
/// the kinds, the as-of rule, the HTML) is the same on both stores and lives once: the as-of rule here, the rest in
/// <see cref="TypedQuery"/>, <see cref="FullTextIndex"/> and <see cref="SearchService"/>.</summary>
internal abstract class FullTextStore
{
    public static FullTextStore For(AppDbContext db) =>
        db.Database.IsNpgsql() ? PostgresFullTextStore.Instance : SqliteFullTextStore.Instance;

    /// <summary>Ids of the kind's rows that match, the last word also as a prefix: a subquery to compose into a LINQ query
    /// on the same context.</summary>
    public abstract IQueryable<int> MatchingIds(AppDbContext db, TypedQuery query, SearchKind kind);

    /// <summary>The best rows for the words (title and snippet with <see cref="FullTextIndex.MarkOpen"/>/<see
    /// cref="FullTextIndex.MarkClose"/> around matched words) and the count per kind, up to one past
    /// <see cref="SearchService.CountCap"/>.</summary>
    public async Task<(List<IndexRow> Rows, List<KindCount> Counts)> MatchAsync(
        AppDbContext db, TypedQuery query, bool prefixLast, IndexFilter filter, CancellationToken ct)
    {
        DbParameter[] Parameters() =>
        [
            Parameter("@kind", filter.Kind is { } k ? (int)k : -1), Parameter("@asOf", filter.AsOfDay is null ? 0 : 1),
            Parameter("@asOfDay", Day(filter.AsOfDay ?? DateOnly.MinValue)),
            Parameter("@asOfInstant", Instant(filter.AsOfInstant ?? DateTimeOffset.MinValue)),
            Parameter("@known", filter.KnownThen ? 1 : 0), Parameter("@limit", filter.Limit),
            Parameter("@countCap", SearchService.CountCap + 1), Parameter("@open", FullTextIndex.MarkOpen),
            Parameter("@close", FullTextIndex.MarkClose), .. WordParameters(query, prefixLast),
        ];

        var rows = await db.Database.SqlQueryRaw<IndexRow>(BestRowsSql, Parameters()).ToListAsync(ct);
        var counts = await db.Database.SqlQueryRaw<KindCount>(CountSql, Parameters()).ToListAsync(ct);
        return (rows, counts);
    }

    /// <summary>Best rows: columns Key, Title, Snippet, ordered; the parameters above and the store's word parameters.</summary>
    protected abstract string BestRowsSql { get; }

    /// <summary>Counts: columns Kind, Count.</summary>
    protected abstract string CountSql { get; }

    protected abstract DbParameter Parameter(string name, object value);

    /// <summary>A day or an instant as the store compares it with its columns.</summary>
    protected abstract object Day(DateOnly day);

    protected abstract object Instant(DateTimeOffset instant);

    /// <summary>The words to match (<c>@match</c>) and whatever else the store's SQL needs from them.</summary>
    protected abstract IEnumerable<DbParameter> WordParameters(TypedQuery query, bool prefixLast);

    /// <summary>The as-of rule on an index row whose key (<c>Id * 4 + kind</c>) is <paramref name="key"/>: with an as-of
    /// day (<c>@asOf</c> = 1), events that start, deadlines announced and sources published after it are not shown yet,
    /// nor measures with no step dated or announced by then (as known then, <c>@known</c> = 1: announced by then). Each
    /// kind is a lookup of its row by primary key, which the key gives without reading the index's text.</summary>
    protected static string VisibleAsOf(string key) => $"""
        (@asOf = 0 OR NOT EXISTS (
            SELECT 1 FROM "Events" AS e WHERE {key} % 4 = 0 AND e."Id" = {key} / 4 AND e."StartsOn" > @asOfDay
            UNION ALL
            SELECT 1 FROM "Measures" AS m WHERE {key} % 4 = 1 AND m."Id" = {key} / 4 AND NOT EXISTS (
                SELECT 1 FROM "RateSteps" AS r WHERE r."TariffMeasureId" = m."Id"
                AND (coalesce(r."AnnouncedOn", r."TimelineDate") <= @asOfDay OR (@known = 0 AND r."TimelineDate" <= @asOfDay)))
            UNION ALL
            SELECT 1 FROM "Deadlines" AS d WHERE {key} % 4 = 2 AND d."Id" = {key} / 4 AND d."AnnouncedAt" > @asOfInstant
            UNION ALL
            SELECT 1 FROM "Sources" AS s WHERE {key} % 4 = 3 AND s."Id" = {key} / 4 AND s."PublishedOn" > @asOfDay))
        """;

    public sealed class IndexRow
    {
        /// <summary>The row's key in the index: <c>Id * 4 + kind</c>.</summary>
        public long Key { get; init; }

        public (SearchKind Kind, int Id) Entity => ((SearchKind)(Key % FullTextIndex.KindCount), (int)(Key / FullTextIndex.KindCount));
        public string Title { get; init; } = "";
        public string Snippet { get; init; } = "";
    }

    public sealed class KindCount
    {
        public int Kind { get; init; }
        public int Count { get; init; }
    }
}
