using System.Net;
using System.Text;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services;

/// <summary>What can be found: the kinds in the search index (decision 0006). The value is the kind's code in the index: a
/// row's key there (SQLite's rowid) is <c>Id * 4 + code</c>.</summary>
public enum SearchKind
{
    Event = 0,
    Measure = 1,
    Deadline = 2,
    Source = 3,
}

/// <summary>The search index each store's SearchIndex migration keeps current with triggers (SQLite: an FTS5 table;
/// PostgreSQL: a table with <c>tsvector</c> columns): what is the same on both, and the store's own SQL for the rows that
/// match (<see cref="FullTextStore"/>). Highlighted index text becomes safe HTML here.</summary>
public static class FullTextIndex
{
    /// <summary>Private-use characters put around matched words (FTS5's highlight, PostgreSQL's ts_headline); never
    /// typed, and encoded away in <see cref="ToHtml"/>.</summary>
    public const string MarkOpen = "\uE000";
    public const string MarkClose = "\uE001";

    /// <summary>How many kinds share the index's keys: <c>key = Id * KindCount + (int)kind</c>.</summary>
    public const int KindCount = 4;

    /// <summary>The shortest and longest word whose prefixes the index keeps ready: SQLite's FTS5 table has a prefix index
    /// for each length from 2 to 8 letters (<c>prefix='2 3 4 5 6 7 8'</c>, the SearchPrefixIndex migration), so such a
    /// prefix is one term read newest first and stops after a page, as a whole word is; any other prefix makes FTS5 merge
    /// every matching word's rows in full, once for each statement and each row it highlights.</summary>
    public const int ShortestIndexedPrefix = 2;

    public const int LongestIndexedPrefix = 8;

    /// <summary>Whether the last word is looked for as a prefix straight away, as people type partial words: when the
    /// index keeps its prefixes ready (<see cref="ShortestIndexedPrefix"/>..<see cref="LongestIndexedPrefix"/> letters).
    /// A longer or a one-letter word is looked for whole first, and as a prefix only when whole words fill less than a
    /// page (<see cref="SearchService"/>). The same on both stores, so both give the same answers.</summary>
    public static bool PrefixAtOnce(TypedQuery query) => query.PrefixLength is >= ShortestIndexedPrefix and <= LongestIndexedPrefix;

    /// <summary>The kind's name in URLs and the API: event, measure, deadline, source.</summary>
    public static string IndexName(this SearchKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Ids of the kind's rows that match, the last word also as a prefix: a subquery to compose into a LINQ
    /// query on the same context.</summary>
    public static IQueryable<int> MatchingIds(AppDbContext db, TypedQuery query, SearchKind kind) =>
        FullTextStore.For(db).MatchingIds(db, query, kind);

    /// <summary>Index text with <see cref="MarkOpen"/>/<see cref="MarkClose"/> as HTML: everything encoded, the marks
    /// as balanced &lt;mark&gt; elements. Safe to render as markup whatever the stored text holds.</summary>
    public static string ToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var run = new StringBuilder();
        var open = false;
        foreach (var c in marked)
        {
            if (c != MarkOpen[0] && c != MarkClose[0])
            {
                run.Append(c);
                continue;
            }

            // A mark that does not change the state (a stray one in stored text) is dropped.
            var opening = c == MarkOpen[0];
            if (opening != open)
            {
                html.Append(WebUtility.HtmlEncode(run.ToString())).Append(opening ? "<mark>" : "</mark>");
                run.Clear();
                open = opening;
            }
        }

        html.Append(WebUtility.HtmlEncode(run.ToString()));
        return open ? html.Append("</mark>").ToString() : html.ToString();
    }

    /// <summary>Index text without its marks.</summary>
    public static string Plain(string marked) => marked.Replace(MarkOpen, "", StringComparison.Ordinal).Replace(MarkClose, "", StringComparison.Ordinal);
}
