using BenchmarkDotNet.Attributes;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>Full-text search (the search page and <c>GET /api/search</c>) through <see cref="SearchService"/>, beside its two
/// FTS5 statements (best hits with highlight and snippet; capped counts) as prepared commands, whole words first. The app's path adds the
/// typed-text parsing, the rows' dates and links, and the safe HTML.</summary>
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

    private const string Counts = """
        SELECT Key % 4, count(*) FROM (SELECT rowid AS Key FROM SearchIndex WHERE SearchIndex MATCH $match ORDER BY rowid DESC LIMIT 1001)
        GROUP BY Key % 4
        """;

    private BenchStore store = default!;
    private SearchService service = default!;
    private SearchQuery query = default!;
    private (RawCommand Hits, RawCommand Counts) whole;
    private (RawCommand Hits, RawCommand Counts) prefixed;

    /// <summary>A word in most events, one in a few thousand, a prefix, and one only the seeded data has.</summary>
    [Params("tariffs", "soybeans", "semicond", "Lancaster")]
    public string Text { get; set; } = "tariffs";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Search reads no cached rows: the cache setting does not change what is measured.
        store = new BenchStore(readCache: false);
        service = store.Service<SearchService>();
        query = service.Parse(Text);
        whole = Prepare(FullTextIndex.MatchExpression(Text, prefixLast: false)!);
        prefixed = Prepare(FullTextIndex.MatchExpression(Text)!);
        var app = await App();
        var raw = Raw();
        if (app.Hits.Count != raw)
        {
            throw new InvalidOperationException($"Search for {Text}: the app found {app.Hits.Count} hits, the raw statement {raw}.");
        }
    }

    /// <summary>The app's order: whole words, then the last word as a prefix only when whole words fill less than a page.</summary>
    [Benchmark(Baseline = true)]
    public int Raw()
    {
        var found = Read(whole);
        return found < 20 ? Read(prefixed) : found;
    }

    private (RawCommand Hits, RawCommand Counts) Prepare(string match)
    {
        var hits = store.PrepareText(Hits, ["match", "title"]);
        var counts = store.PrepareText(Counts, ["match"]);
        hits["match"] = match;
        hits["title"] = $"Title : ({match})";
        counts["match"] = match;
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
