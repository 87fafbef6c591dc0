using System.Net;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>/openapi/v1.json is valid OpenAPI that lists the API, and /api/reference serves its page without a CDN.</summary>
public sealed class OpenApiDocumentTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApiDocument_ReadByMicrosoftOpenApi_HasNoErrorsAndListsTheReadEndpoints()
    {
        var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var result = await OpenApiDocument.LoadAsync(await response.Content.ReadAsStreamAsync(Ct), "json", cancellationToken: Ct);

        Assert.Empty(result.Diagnostic!.Errors);
        var paths = result.Document!.Paths;
        foreach (var path in new[] { "/api/economies", "/api/economies/{code}", "/api/measures", "/api/measures.{format}", "/api/events", "/api/events.{format}", "/api/deadlines", "/api/deadlines.{format}", "/api/rates", "/feeds/deadlines.ics", "/feeds/changes.atom" })
        {
            Assert.True(paths.ContainsKey(path), $"{path} is missing from the document");
            Assert.False(string.IsNullOrWhiteSpace(paths[path].Operations![HttpMethod.Get].Summary), $"{path} has no summary");
        }

        Assert.Contains(HttpMethod.Post, paths["/api/measures"].Operations!.Keys);
        Assert.Contains(HttpMethod.Put, paths["/api/measures/{id}"].Operations!.Keys);
        Assert.NotNull(paths["/api/measures"].Operations![HttpMethod.Post].RequestBody!.Content!["application/json"].Schema);
        Assert.Contains(paths["/api/measures"].Operations![HttpMethod.Get].Parameters!, p => p.Name == "imposer" && p.Description!.Contains("ISO 3166-1", StringComparison.Ordinal));
        Assert.Contains(paths["/api/events"].Operations![HttpMethod.Get].Parameters!, p => p.Name == "kind" && p.Schema!.Type == JsonSchemaType.Array);
        Assert.DoesNotContain(paths.Keys, p => p.StartsWith("/Account", StringComparison.Ordinal));
        Assert.Equal("bearer", result.Document.Components!.SecuritySchemes!["ApiToken"].Scheme);
        Assert.NotEmpty(paths["/api/measures"].Operations![HttpMethod.Post].Security!);
        Assert.Null(paths["/api/measures"].Operations![HttpMethod.Get].Security);
    }

    [Fact]
    public async Task ApiReference_Anonymous_ServesThePageAndItsScriptFromTheSite()
    {
        var redirect = await client.GetAsync("/api/reference", Ct);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var page = await client.GetPageAsync(new Uri(redirect.RequestMessage!.RequestUri!, redirect.Headers.Location!).PathAndQuery);

        // Scalar resolves the document against the site's base path: /openapi/v1.json.
        Assert.Contains("\"url\":\"openapi/v1.json\"", page);
        Assert.DoesNotContain("cdn.jsdelivr", page);
        Assert.DoesNotContain("fonts.scalar.com", page);
        var script = await client.GetAsync("/api/reference/scalar.js", Ct);
        Assert.Contains("scalar.js", page);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
