using TradeTracker.Web.Services;

namespace TradeTracker.Web.Api;

public sealed record SearchHitDto(string Kind, int Id, string Title, string TitleHtml, string SnippetHtml, DateOnly? Date, string Link);

/// <summary>Capped: more than 1,000 rows match; the total is then 1,000 and the counts are among the newest 1,001 matches.</summary>
public sealed record SearchResultDto(
    string Query, string? Kind, DateTimeOffset? AsOf, int TotalCount, bool Capped, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<SearchHitDto> Hits);

public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search over events, measures, deadlines and sources, title matches first, newest first, matched words in <mark>.");
        return api;
    }

    // limit is read as text so that "abc" is refused by SearchService.Parse with the field named, like every other error.
    private static async Task<IResult> SearchAsync(string? q, string? kind, string? limit, string? asOf, string? known, SearchService search, CancellationToken ct)
    {
        var result = await search.SearchAsync(search.Parse(q, kind, limit, asOf, known), ct);
        return TypedResults.Ok(new SearchResultDto(
            result.Query.Text,
            result.Query.Kind?.IndexName(),
            result.Query.AsOf,
            result.TotalCount,
            result.Capped,
            result.Counts.ToDictionary(c => c.Key.IndexName(), c => c.Value),
            result.Hits.Select(h => new SearchHitDto(h.Kind.IndexName(), h.Id, h.Title, h.TitleHtml, h.SnippetHtml, h.Date, h.Link)).ToList()));
    }
}
