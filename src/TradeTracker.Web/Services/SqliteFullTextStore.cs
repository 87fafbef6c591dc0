using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services;

/// <summary>Search on SQLite: the <c>SearchIndex</c> FTS5 table (tokenizer <c>porter unicode61 remove_diacritics 2</c>),
/// whose rowid is the key.</summary>
internal sealed class SqliteFullTextStore : FullTextStore
{
    public static readonly SqliteFullTextStore Instance = new();

    private SqliteFullTextStore()
    {
    }

    public override IQueryable<int> MatchingIds(AppDbContext db, TypedQuery query, SearchKind kind) =>
        db.Database.SqlQuery<int>(
            $"SELECT rowid / {FullTextIndex.KindCount} AS Value FROM SearchIndex WHERE SearchIndex MATCH {query.Fts5(prefixLast: true)} AND rowid % {FullTextIndex.KindCount} = {(int)kind}");

    /// <summary>Title matches first, then the rest, newest first within each: both walk FTS5's doclists newest first and
    /// stop after a page. (bm25 was dropped: its document frequencies read a common word's whole doclist on every search,
    /// 9 ms at 1M events before a single row was scored.) highlight() and snippet() run for the rows returned only.</summary>
    protected override string BestRowsSql { get; } = $"""
        WITH titled AS (
            SELECT rowid AS Key, 0 AS Tier FROM SearchIndex
            WHERE SearchIndex MATCH @titleMatch AND (@kind < 0 OR rowid % 4 = @kind) AND {VisibleAsOf("SearchIndex.rowid")}
            ORDER BY rowid DESC LIMIT @limit),
        anywhere AS (
            SELECT rowid AS Key, 1 AS Tier FROM SearchIndex
            WHERE SearchIndex MATCH @match AND (@kind < 0 OR rowid % 4 = @kind) AND {VisibleAsOf("SearchIndex.rowid")}
            ORDER BY rowid DESC LIMIT @limit),
        best AS (
            SELECT Key, min(Tier) AS Tier FROM (SELECT Key, Tier FROM titled UNION ALL SELECT Key, Tier FROM anywhere)
            GROUP BY Key ORDER BY Tier, Key DESC LIMIT @limit)
        SELECT best.Key AS Key,
               highlight(SearchIndex, 0, @open, @close) AS Title,
               snippet(SearchIndex, 1, @open, @close, '…', 24) AS Snippet
        FROM best JOIN SearchIndex ON SearchIndex.rowid = best.Key
        WHERE SearchIndex MATCH @match
        ORDER BY best.Tier, best.Key DESC
        """;

    protected override string CountSql { get; } = $"""
        SELECT Key % 4 AS Kind, count(*) AS Count
        FROM (SELECT rowid AS Key FROM SearchIndex
              WHERE SearchIndex MATCH @match AND (@kind < 0 OR rowid % 4 = @kind) AND {VisibleAsOf("SearchIndex.rowid")}
              ORDER BY rowid DESC LIMIT @countCap)
        GROUP BY Key % 4
        """;

    protected override DbParameter Parameter(string name, object value) => new SqliteParameter(name, value);

    /// <summary>Days and instants are stored as sortable text (instants as UTC, <see cref="UtcInstantConverter"/>).</summary>
    protected override object Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override object Instant(DateTimeOffset instant) => new UtcInstantConverter().ConvertToProvider(instant)!;

    protected override IEnumerable<DbParameter> WordParameters(TypedQuery query, bool prefixLast)
    {
        var match = query.Fts5(prefixLast);
        return [Parameter("@match", match), Parameter("@titleMatch", $"Title : ({match})")];
    }
}
