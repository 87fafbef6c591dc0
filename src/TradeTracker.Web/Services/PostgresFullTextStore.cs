using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services;

/// <summary>Search on PostgreSQL: the <c>SearchIndex</c> table its SearchIndex migration keeps, <c>TitleVector</c> (the
/// title) and <c>Vector</c> (title and body) under GIN indexes, read with the <c>search_index</c> text search
/// configuration (case and accents folded, English endings stemmed, no stop words).</summary>
internal sealed class PostgresFullTextStore : FullTextStore
{
    public static readonly PostgresFullTextStore Instance = new();

    /// <summary>ts_headline's options: the whole title with every matched word marked, as FTS5's highlight(); for the body
    /// one passage of up to 24 words around the matches, as FTS5's snippet(), short words kept at its ends.</summary>
    private static readonly string TitleOptions = $"HighlightAll=true, StartSel=\"{FullTextIndex.MarkOpen}\", StopSel=\"{FullTextIndex.MarkClose}\"";

    private static readonly string SnippetOptions =
        $"MaxFragments=1, MaxWords=24, MinWords=12, ShortWord=0, StartSel=\"{FullTextIndex.MarkOpen}\", StopSel=\"{FullTextIndex.MarkClose}\"";

    /// <summary>How far back (in keys, <c>Id * 4 + kind</c>: about 20,000 rows) a side walks the primary key before it
    /// leaves the rest to the GIN index.</summary>
    private const int NewestKeys = 80_000;

    /// <summary>Title matches first, then the rest, newest first within each (<see cref="Side"/>). ts_headline runs for
    /// the rows returned only, against every term (so each word is marked where it is found): the whole title, and a
    /// passage of the body between its first and last word, given back its text up to the body's start and end when no
    /// word is left out there (as FTS5's snippet) and '…' where words are. '&lt;' comes back from U+E002
    /// (search_index_text).</summary>
    private static readonly string BestRows = $"""
        WITH {Side("titled", 0, "TitleVector", "@limit")},
        {Side("anywhere", 1, "Vector", "@limit")},
        best AS (
            SELECT u."Key", min(u."Tier") AS "Tier" FROM (SELECT * FROM titled UNION ALL SELECT * FROM anywhere) AS u
            GROUP BY u."Key" ORDER BY min(u."Tier"), u."Key" DESC LIMIT @limit)
        SELECT best."Key" AS "Key",
               replace(ts_headline('search_index', search_index_text(si."Title"), to_tsquery('search_index', @any), @titleOptions), U&'\E002', '<') AS "Title",
               replace(btrim(CASE WHEN edges.before IS NULL OR edges.before ~ '[[:alnum:]]' THEN '…' ELSE edges.before END
                   || headline.marked
                   || CASE WHEN edges.after IS NULL OR edges.after ~ '[[:alnum:]]' THEN '…' ELSE edges.after END), U&'\E002', '<') AS "Snippet"
        FROM best JOIN "SearchIndex" AS si ON si."Key" = best."Key"
        CROSS JOIN LATERAL (SELECT search_index_text(si."Body") AS text) AS body
        CROSS JOIN LATERAL (SELECT ts_headline('search_index', body.text, to_tsquery('search_index', @any), @snippetOptions) AS marked) AS headline
        CROSS JOIN LATERAL (SELECT replace(replace(headline.marked, @open, ''), @close, '') AS plain) AS passage
        CROSS JOIN LATERAL (SELECT nullif(strpos(body.text, passage.plain), 0) AS at) AS found
        CROSS JOIN LATERAL (SELECT left(body.text, found.at - 1) AS before, substr(body.text, found.at + length(passage.plain)) AS after) AS edges
        ORDER BY best."Tier", best."Key" DESC
        """;

    private static readonly string Count = $"""
        WITH {Side("matches", 0, "Vector", "@countCap")}
        SELECT (m."Key" % 4)::int AS "Kind", count(*)::int AS "Count" FROM matches AS m
        GROUP BY m."Key" % 4
        """;

    private PostgresFullTextStore()
    {
    }

    public override IQueryable<int> MatchingIds(AppDbContext db, TypedQuery query, SearchKind kind) =>
        db.Database.SqlQuery<int>(
            $"""SELECT (si."Key" / {FullTextIndex.KindCount})::int AS "Value" FROM "SearchIndex" AS si WHERE si."Vector" @@ to_tsquery('search_index', {query.TsQuery(prefixLast: true)}) AND si."Key" % {FullTextIndex.KindCount} = {(int)kind}""");

    /// <summary>A CTE <paramref name="name"/>: the newest <paramref name="limit"/> keys whose <paramref name="vector"/>
    /// matches. The newest entries first, by the primary key: the planner walks it backwards and stops after a page when
    /// the words are common there, or reads their rows from the GIN index when rare; either way it reads no further back
    /// than <see cref="NewestKeys"/>. Only when that finds fewer than the limit (Append runs its parts in order and the
    /// LIMIT stops it) are older entries read, from the GIN index alone: "Key" + 0 is a bound and an order the key's index
    /// cannot serve, so the planner neither walks it back through the whole table on a guess nor ANDs the GIN bitmap with
    /// a bitmap of every older key. It has no statistics for a prefix and
    /// guesses 2% of the rows; ordered by the key alone, a partly typed rare word walked all 1M entries (2.3 s).</summary>
    private static string Side(string name, int tier, string vector, string limit) => $"""
        {name} AS (
            SELECT * FROM (
                (SELECT si."Key", {tier} AS "Tier" FROM "SearchIndex" AS si
                 WHERE si."Key" > (SELECT max("Key") - {NewestKeys} FROM "SearchIndex") AND si."{vector}" @@ to_tsquery('search_index', @match)
                   AND (@kind < 0 OR si."Key" % 4 = @kind) AND {VisibleAsOf("si.\"Key\"")}
                 ORDER BY si."Key" DESC LIMIT {limit})
                UNION ALL
                (SELECT si."Key", {tier} AS "Tier" FROM "SearchIndex" AS si
                 WHERE si."Key" + 0 <= (SELECT max("Key") - {NewestKeys} FROM "SearchIndex") AND si."{vector}" @@ to_tsquery('search_index', @match)
                   AND (@kind < 0 OR si."Key" % 4 = @kind) AND {VisibleAsOf("si.\"Key\"")}
                 ORDER BY si."Key" + 0 DESC LIMIT {limit})) AS sides
            LIMIT {limit})
        """;

    protected override string BestRowsSql => BestRows;

    protected override string CountSql => Count;

    protected override DbParameter Parameter(string name, object value) => new NpgsqlParameter(name, value);

    protected override object Day(DateOnly day) => day;

    /// <summary>timestamptz takes instants at offset zero only.</summary>
    protected override object Instant(DateTimeOffset instant) => instant.ToUniversalTime();

    protected override IEnumerable<DbParameter> WordParameters(TypedQuery query, bool prefixLast) =>
    [
        Parameter("@match", query.TsQuery(prefixLast)), Parameter("@any", query.TsQuery(prefixLast, any: true)),
        Parameter("@titleOptions", TitleOptions), Parameter("@snippetOptions", SnippetOptions),
    ];
}
