using BenchmarkDotNet.Attributes;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>Full-text search (the search page and <c>GET /api/search</c>) through <see cref="SearchService"/>, beside its two
/// statements (best hits with the title highlighted and a snippet; capped counts) as prepared commands, in the app's order:
/// FTS5's on SQLite, the <c>tsvector</c> index's on PostgreSQL (<c>ts_headline</c> for both marked texts, with the app's
/// '…' at a snippet's cut ends). The app's path adds the typed-text parsing, the as-of rule, the rows' dates and links,
/// and the safe HTML.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const string Hits = """
        WITH titled AS (SELECT rowid AS Key, 0 AS Tier FROM SearchIndex WHERE SearchIndex MATCH $title ORDER BY rowid DESC LIMIT 20),
        anywhere AS (SELECT rowid AS Key, 1 AS Tier FROM SearchIndex WHERE SearchIndex MATCH $match ORDER BY rowid DESC LIMIT 20),
        best AS (SELECT Key, min(Tier) AS Tier FROM (SELECT Key, Tier FROM titled UNION ALL SELECT Key, Tier FROM anywhere)
                 GROUP BY Key ORDER BY Tier, Key DESC LIMIT 20)
        SELECT best.Key, highlight(SearchIndex, 0, '[', ']'), snippet(SearchIndex, 1, '[', ']', '…', 24)
        FROM best JOIN SearchIndex ON SearchIndex.rowid = best.Key WHERE SearchIndex MATCH $match ORDER BY best.Tier, best.Key DESC
        """;

    private const string PgHits = """
        WITH titled AS (SELECT si."Key", 0 AS "Tier" FROM "SearchIndex" si WHERE si."TitleVector" @@ to_tsquery('search_index', @match)
                        ORDER BY si."Key" DESC LIMIT 20),
        anywhere AS (SELECT si."Key", 1 AS "Tier" FROM "SearchIndex" si WHERE si."Vector" @@ to_tsquery('search_index', @match)
                     ORDER BY si."Key" DESC LIMIT 20),
        best AS (SELECT u."Key", min(u."Tier") AS "Tier" FROM (SELECT * FROM titled UNION ALL SELECT * FROM anywhere) u
                 GROUP BY u."Key" ORDER BY min(u."Tier"), u."Key" DESC LIMIT 20)
        SELECT best."Key", replace(ts_headline('search_index', search_index_text(si."Title"), to_tsquery('search_index', @any), @titleOptions), U&'\E002', '<'),
               replace(btrim(CASE WHEN edges.before IS NULL OR edges.before ~ '[[:alnum:]]' THEN '…' ELSE edges.before END || headline.marked
                   || CASE WHEN edges.after IS NULL OR edges.after ~ '[[:alnum:]]' THEN '…' ELSE edges.after END), U&'\E002', '<')
        FROM best JOIN "SearchIndex" si ON si."Key" = best."Key"
        CROSS JOIN LATERAL (SELECT search_index_text(si."Body") AS text) body
        CROSS JOIN LATERAL (SELECT ts_headline('search_index', body.text, to_tsquery('search_index', @any), @snippetOptions) AS marked) headline
        CROSS JOIN LATERAL (SELECT nullif(strpos(body.text, replace(replace(headline.marked, '[', ''), ']', '')), 0) AS at) found
        CROSS JOIN LATERAL (SELECT left(body.text, found.at - 1) AS before,
                            substr(body.text, found.at + length(replace(replace(headline.marked, '[', ''), ']', ''))) AS after) edges
        ORDER BY best."Tier", best."Key" DESC
        """;

    private const string Counts = """
        SELECT Key % 4, count(*) FROM (SELECT rowid AS Key FROM SearchIndex WHERE SearchIndex MATCH $match ORDER BY rowid DESC LIMIT 1001)
        GROUP BY Key % 4
        """;

    private const string PgCounts = """
        SELECT (m."Key" % 4)::int, count(*)::int
        FROM (SELECT si."Key" FROM "SearchIndex" si WHERE si."Vector" @@ to_tsquery('search_index', @match) ORDER BY si."Key" DESC LIMIT 1001) m
        GROUP BY m."Key" % 4
        """;

    private BenchStore store = default!;
    private SearchService service = default!;
    private SearchQuery query = default!;
    private bool prefixAtOnce;
    private (RawCommand Hits, RawCommand Counts) first;
    private (RawCommand Hits, RawCommand Counts) prefixed;

    /// <summary>A word in most events, one in a few thousand, the start of a word in about a tenth, and one only the seeded
    /// data has.</summary>
    [Params("tariffs", "soybeans", "semicond", "Lancaster")]
    public string Text { get; set; } = "tariffs";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Search reads no cached rows: the cache setting does not change what is measured.
        store = new BenchStore(readCache: false);
        service = store.Service<SearchService>();
        query = service.Parse(Text);
        var typed = TypedQuery.Parse(Text)!;
        prefixAtOnce = FullTextIndex.PrefixAtOnce(typed);
        first = Prepare(typed, prefixLast: prefixAtOnce);
        prefixed = Prepare(typed, prefixLast: true);
        var app = await App();
        var raw = Raw();
        if (app.Hits.Count != raw)
        {
            throw new InvalidOperationException($"Search for {Text}: the app found {app.Hits.Count} hits, the raw statement {raw}.");
        }
    }

    /// <summary>The app's order: the last word as a prefix at once when the index keeps its prefixes ready; otherwise whole
    /// words, then the last word as a prefix only when whole words fill less than a page.</summary>
    [Benchmark(Baseline = true)]
    public int Raw()
    {
        var found = Read(first);
        return found < 20 && !prefixAtOnce ? Read(prefixed) : found;
    }

    private (RawCommand Hits, RawCommand Counts) Prepare(TypedQuery typed, bool prefixLast)
    {
        var fts5 = typed.Fts5(prefixLast);
        var words = store.Provider == StoreProvider.Postgres
            ? new Dictionary<string, object>
            {
                ["match"] = typed.TsQuery(prefixLast), ["any"] = typed.TsQuery(prefixLast, any: true),
                ["titleOptions"] = "HighlightAll=true, StartSel=[, StopSel=]",
                ["snippetOptions"] = "MaxFragments=1, MaxWords=24, MinWords=12, ShortWord=0, StartSel=[, StopSel=]",
            }
            : new Dictionary<string, object> { ["match"] = fts5, ["title"] = $"Title : ({fts5})" };
        var hits = store.Prepare(Hits, PgHits, [.. words.Keys]);
        var counts = store.Prepare(Counts, PgCounts, "match");
        foreach (var (name, value) in words)
        {
            hits[name] = value;
        }

        counts["match"] = words["match"];
        return (hits, counts);
    }

    private static int Read((RawCommand Hits, RawCommand Counts) statements)
    {
        var found = 0;
        using (var reader = statements.Hits.Read())
        {
            while (reader.Read())
            {
                _ = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
                found++;
            }
        }

        using (var reader = statements.Counts.Read())
        {
            while (reader.Read())
            {
                _ = (reader.GetInt32(0), reader.GetInt32(1));
            }
        }

        return found;
    }

    [Benchmark]
    public Task<SearchResult> App() => service.SearchAsync(query);

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();
}
