using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The headers a browser acts on, on each kind of answer: a page gets a Content-Security-Policy whose only
/// inline script allowance is the hash of its import map's text, so a page from the output cache matches it too; the API, a feed, the OpenAPI
/// document, a static file and an API error get a policy that allows nothing; all of them nosniff, a referrer policy,
/// a permissions policy and no framing.</summary>
public sealed partial class SecurityHeadersTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string NothingAllowed = "default-src 'none'; frame-ancestors 'none'";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/tariffs/USA/CHN", HttpStatusCode.OK)]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task Page_ContentSecurityPolicy_AllowsOnlyOwnScriptsAndTheImportMapsHash(string path, HttpStatusCode status)
    {
        using var response = await factory.CreateClientAs(null).GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(status, response.StatusCode);
        var policy = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal($"'self' {ImportMapHash(html)}", policy["script-src"]);
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self' 'unsafe-inline'", policy["style-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.DoesNotMatch(InlineScriptButTheImportMap(), html);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task Page_FromTheOutputCache_MatchesItsPolicy()
    {
        using var cached = await factory.CreateClientAs(null).GetKeptAsync("/tariffs/USA/CHN");

        var policy = Directives(Single(cached, "Content-Security-Policy"));
        Assert.Equal($"'self' {ImportMapHash(await cached.Content.ReadAsStringAsync(Ct))}", policy["script-src"]);
    }

    [Theory]
    [InlineData("/api/events?pageSize=1", HttpStatusCode.OK)]
    [InlineData("/api/events.csv", HttpStatusCode.OK)]
    [InlineData("/feeds/changes.atom", HttpStatusCode.OK)]
    [InlineData("/feeds/deadlines.ics", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/api/events/999999999", HttpStatusCode.NotFound)]
    public async Task NonPage_Headers_AllowNothingAndNoSniffing(string path, HttpStatusCode status)
    {
        using var response = await factory.CreateClientAs(null).GetAsync(path, Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(NothingAllowed, Single(response, "Content-Security-Policy"));
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task Feed_CacheControl_IsKept()
    {
        using var response = await factory.CreateClientAs(null).GetAsync("/feeds/changes.atom", Ct);

        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        var permissions = Single(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()" })
        {
            Assert.Contains(feature, permissions, StringComparison.Ordinal);
        }
    }

    /// <summary>The one value of a response header (a second Content-Security-Policy would be enforced as well).</summary>
    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values
            : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues : []);

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    /// <summary>The CSP source that allows the page's one import map: the SHA-256 of its text.</summary>
    private static string ImportMapHash(string html)
    {
        var importMap = Assert.Single(ImportMap().Matches(html));
        return $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups[1].Value)))}'";
    }

    [GeneratedRegex("""<script type="importmap">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    /// <summary>An inline script (no src) other than the import map: it would be blocked, or the policy would have to
    /// allow it.</summary>
    [GeneratedRegex("""<script(?![^>]*\b(src=|type="importmap"))[^>]*>""")]
    private static partial Regex InlineScriptButTheImportMap();
}
