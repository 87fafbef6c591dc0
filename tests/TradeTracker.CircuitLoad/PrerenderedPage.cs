using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TradeTracker.CircuitLoad;

/// <summary>
/// What blazor.web.js reads from the prerendered page before it opens a circuit: the base URI, the server component
/// markers (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>), the protected component state
/// (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>) and the cookies the response set.
/// </summary>
internal sealed partial class PrerenderedPage(Uri uri, Uri baseUri, string rootComponentOperations, string applicationState, CookieContainer cookies)
{
    public Uri Uri { get; } = uri;

    public Uri BaseUri { get; } = baseUri;

    /// <summary>The first <c>UpdateRootComponents</c> message: one "add" per server marker, in document order.</summary>
    public string RootComponentOperations { get; } = rootComponentOperations;

    public string ApplicationState { get; } = applicationState;

    public CookieContainer Cookies { get; } = cookies;

    public static async Task<PrerenderedPage> LoadAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        var cookies = new CookieContainer();
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                cookies.SetCookies(uri, setCookie);
            }
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var baseHref = BaseHref().Match(html);
        return new PrerenderedPage(
            uri,
            new Uri(uri, baseHref.Success ? baseHref.Groups["href"].Value : "/"),
            ReadRootComponentOperations(html),
            ComponentState().Match(html).Groups["state"].Value,
            cookies);
    }

    // Each marker goes back as the page wrote it plus the uniqueId blazor.web.js numbers it with; ssrComponentId
    // counts from 1. The end markers (<!--Blazor:{"prerenderId":...}-->) carry no type and are skipped.
    private static string ReadRootComponentOperations(string html)
    {
        var operations = new JsonArray();
        foreach (Match match in ComponentMarker().Matches(html))
        {
            var marker = JsonNode.Parse(match.Groups["json"].Value)!.AsObject();
            if ((string?)marker["type"] != "server")
            {
                continue;
            }

            marker["uniqueId"] = operations.Count;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = operations.Count + 1, ["marker"] = marker });
        }

        if (operations.Count == 0)
        {
            throw new InvalidDataException("The page has no interactive server component marker (<!--Blazor:{\"type\":\"server\",...}-->).");
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex("""<!--Blazor:(?<json>\{.*?\})-->""")]
    private static partial Regex ComponentMarker();

    [GeneratedRegex("""<!--Blazor-Server-Component-State:(?<state>.*?)-->""")]
    private static partial Regex ComponentState();

    [GeneratedRegex("""<base href="(?<href>[^"]*)""")]
    private static partial Regex BaseHref();
}
