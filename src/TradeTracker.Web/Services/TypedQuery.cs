using System.Text.RegularExpressions;

namespace TradeTracker.Web.Services;

/// <summary>What someone typed into a search, as the terms to look for, parsed once for either store: each word (or
/// "quoted phrase"), those with no letter or digit dropped, the first 16 kept. Every store's query is built from the
/// terms' words, each one quoted, so operators, columns, NEAR, *, -, &amp;, |, !, :, &lt;-&gt; and stray quotes are just
/// text and nothing typed can be query syntax or a syntax error. The last term also matches as a prefix when asked
/// (results while typing), unless it is a quoted phrase.</summary>
public sealed partial class TypedQuery
{
    private const int MaxTerms = 16;

    private readonly IReadOnlyList<Term> terms;

    private TypedQuery(IReadOnlyList<Term> terms) => this.terms = terms;

    /// <summary>Whether matching the last term as a prefix can find more than matching it whole.</summary>
    public bool CanPrefixLast => !terms[^1].IsPhrase;

    /// <summary>How many letters and digits the word a prefix match would extend has (the last word of the last term;
    /// marks are not counted, as the index folds them away); null when the last term is a quoted phrase.</summary>
    public int? PrefixLength => CanPrefixLast ? WordPattern().Matches(terms[^1].Text)[^1].Value.Count(char.IsLetterOrDigit) : null;

    /// <summary>The terms in <paramref name="text"/>; null when nothing searchable is left (only punctuation).</summary>
    public static TypedQuery? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = TermPattern().Matches(text)
            .Select(m => m.Groups["phrase"].Success ? new Term(m.Groups["phrase"].Value, IsPhrase: true) : new Term(m.Value, IsPhrase: false))
            .Where(t => t.Text.Any(char.IsLetterOrDigit))
            .Take(MaxTerms)
            .ToList();
        return terms.Count == 0 ? null : new TypedQuery(terms);
    }

    /// <summary>An FTS5 MATCH expression: each term an FTS5 string (FTS5's tokenizer splits it into a phrase), all
    /// required. A term never contains a double quote (the pattern excludes it), so quoting it makes it a string.</summary>
    public string Fts5(bool prefixLast) =>
        string.Join(' ', terms.Select((t, i) => $"\"{t.Text}\"" + (prefixLast && IsPrefix(i) ? "*" : "")));

    /// <summary>A PostgreSQL tsquery for <c>to_tsquery</c>: each term's words (runs of letters, digits and marks, as
    /// FTS5's unicode61 splits them) quoted as lexemes and joined as a phrase (<c>&lt;-&gt;</c>), the terms joined by
    /// <c>&amp;</c> (all required) or, for highlighting every term found, <c>|</c> (<paramref name="any"/>). A word holds
    /// no quote or backslash, so quoting it makes it a lexeme.</summary>
    public string TsQuery(bool prefixLast, bool any = false) =>
        string.Join(any ? " | " : " & ", terms.Select((t, i) =>
        {
            var words = WordPattern().Matches(t.Text).Select(w => $"'{w.Value}'").ToList();
            return "(" + string.Join(" <-> ", words) + (prefixLast && IsPrefix(i) ? ":*" : "") + ")";
        }));

    private bool IsPrefix(int index) => index == terms.Count - 1 && !terms[index].IsPhrase;

    private sealed record Term(string Text, bool IsPhrase);

    /// <summary>A "quoted phrase", or a run of anything but white space and quotes.</summary>
    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex WordPattern();
}
