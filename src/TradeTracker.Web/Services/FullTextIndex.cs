using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services;

/// <summary>What can be found: the kinds in the <c>SearchIndex</c> FTS5 table (decision 0006). The value is the kind's
/// code in the index: a row's rowid there is <c>Id * 4 + code</c>.</summary>
public enum SearchKind
{
    Event = 0,
    Measure = 1,
    Deadline = 2,
    Source = 3,
}

/// <summary>The <c>SearchIndex</c> FTS5 table the SearchIndex migration keeps current with triggers: turning typed text
/// into a safe MATCH expression, and highlighted index text into safe HTML.</summary>
public static partial class FullTextIndex
{
    /// <summary>Private-use characters FTS5 puts around matched words; never typed, and encoded away in <see cref="ToHtml"/>.</summary>
    public const string MarkOpen = "\uE000";
    public const string MarkClose = "\uE001";

    private const int MaxTerms = 16;

    /// <summary>How many kinds share the index's rowids: <c>rowid = Id * KindCount + (int)kind</c>.</summary>
    public const int KindCount = 4;

    /// <summary>The kind's name in URLs and the API: event, measure, deadline, source.</summary>
    public static string IndexName(this SearchKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Typed text as an FTS5 expression that can never be a syntax error: each word (or "quoted phrase") becomes
    /// an FTS5 string, so operators, columns, NEAR, * and - are just text; the last word also matches as a prefix, so
    /// results come while typing (unless <paramref name="prefixLast"/> is false). Null when nothing searchable is left
    /// (only punctuation).</summary>
    public static string? MatchExpression(string? text, bool prefixLast = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = TermPattern().Matches(text)
            .Select(m => (Text: m.Groups["phrase"].Success ? m.Groups["phrase"].Value : m.Value, IsPhrase: m.Groups["phrase"].Success))
            .Where(t => t.Text.Any(char.IsLetterOrDigit))
            .Take(MaxTerms)
            .ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        // A term never contains a double quote (the pattern excludes it), so wrapping it in quotes makes it a string.
        return string.Join(' ', terms.Select((t, i) => $"\"{t.Text}\"" + (prefixLast && i == terms.Count - 1 && !t.IsPhrase ? "*" : "")));
    }

    /// <summary>Ids of the kind's rows that match: a subquery to compose into a LINQ query on the same context.</summary>
    public static IQueryable<int> MatchingIds(AppDbContext db, string match, SearchKind kind) =>
        db.Database.SqlQuery<int>($"SELECT rowid / {KindCount} AS Value FROM SearchIndex WHERE SearchIndex MATCH {match} AND rowid % {KindCount} = {(int)kind}");

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

    /// <summary>A "quoted phrase", or a run of anything but white space and quotes.</summary>
    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex TermPattern();
}
