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

    private PostgresFullTextStore()
    {
    }

    public override IQueryable<int> MatchingIds(AppDbContext db, TypedQuery query, SearchKind kind) =>
        db.Database.SqlQuery<int>(
            $"""SELECT (si."Key" / {FullTextIndex.KindCount})::int AS "Value" FROM "SearchIndex" AS si WHERE si."Vector" @@ to_tsquery('search_index', {query.TsQuery(prefixLast: true)}) AND si."Key" % {FullTextIndex.KindCount} = {(int)kind}""");

    /// <summary>Title matches first, then the rest, newest first within each. Each side is "ORDER BY Key DESC LIMIT
    /// page" over a tsvector match: for a common word the planner walks the primary key backwards and stops after a
    /// page; for a rarer one it reads the word's rows from the GIN index and sorts them. ts_headline runs for the rows
    /// returned only, against every term (so each word is marked where it is found): the whole title, and a passage of
    /// the body between its first and last word, given back its text up to the body's start and end when no word is
    /// left out there (as FTS5's snippet) and '…' where words are. '&lt;' comes back from U+E002 (search_index_text).</summary>
    protected override string BestRowsSql { get; } = $"""
        WITH titled AS (
            SELECT si."Key", 0 AS "Tier" FROM "SearchIndex" AS si
            WHERE si."TitleVector" @@ to_tsquery('search_index', @match) AND (@kind < 0 OR si."Key" % 4 = @kind) AND {VisibleAsOf("si.\"Key\"")}
            ORDER BY si."Key" DESC LIMIT @limit),
        anywhere AS (
            SELECT si."Key", 1 AS "Tier" FROM "SearchIndex" AS si
            WHERE si."Vector" @@ to_tsquery('search_index', @match) AND (@kind < 0 OR si."Key" % 4 = @kind) AND {VisibleAsOf("si.\"Key\"")}
            ORDER BY si."Key" DESC LIMIT @limit),
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

    protected override string CountSql { get; } = $"""
        SELECT (m."Key" % 4)::int AS "Kind", count(*)::int AS "Count"
        FROM (SELECT si."Key" FROM "SearchIndex" AS si
              WHERE si."Vector" @@ to_tsquery('search_index', @match) AND (@kind < 0 OR si."Key" % 4 = @kind) AND {VisibleAsOf("si.\"Key\"")}
              ORDER BY si."Key" DESC LIMIT @countCap) AS m
        GROUP BY m."Key" % 4
        """;

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
