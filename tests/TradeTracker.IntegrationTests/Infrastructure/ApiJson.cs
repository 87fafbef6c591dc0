using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>Reading the API's JSON answers in tests.</summary>
public static class ApiJson
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetRatesAsync(this HttpClient client, string imposer, string target, string asOf, bool known = false)
    {
        var response = await client.GetAsync($"/api/rates?imposer={imposer}&target={target}&asOf={Uri.EscapeDataString(asOf)}{(known ? "&known=1" : "")}", TestContext.Current.CancellationToken);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<decimal> GetHeadlineAsync(this HttpClient client, string imposer, string target, string asOf) =>
        (await client.GetRatesAsync(imposer, target, asOf)).GetProperty("headlinePercent").GetDecimal();

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);

    /// <summary>The field names of a problem's <c>errors</c>.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToList() : [];

    public static string ErrorText(this JsonElement problem, string field) =>
        string.Join(" ", problem.GetProperty("errors").EnumerateObject()
            .Where(p => p.Name == JsonNamingPolicy.CamelCase.ConvertName(field))
            .SelectMany(p => p.Value.EnumerateArray().Select(v => v.GetString())));

    /// <summary>A page's prerendered HTML, decoded; fails the test unless it answered 200.</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return WebUtility.HtmlDecode(html);
    }
}
