using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>An asOf outside 1900 through 2100 (Domain/AsOf.cs), including years no time-zone conversion can reach, is a 400
/// that says so: a problem on every API that takes it, the page itself with the message on every page that takes it.</summary>
public sealed class AsOfRangeTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string Message = "Dates must fall between 1900 and 2100.";

    public static TheoryData<string> OutOfRange => ["9999-12-31", "0001-01-01", "9999-12-31T23:59", "0001-01-01T00:00:00Z", "1899-12-31", "2101-01-01"];

    public static TheoryData<string, string> Apis => new MatrixTheoryData<string, string>(
        ["/api/rates?imposer=USA&target=CHN", "/api/measures?imposer=USA", "/api/events?q=geneva", "/api/deadlines?", "/api/deadlines.csv?", "/api/search?q=geneva"],
        ["9999-12-31", "0001-01-01", "9999-12-31T23:59"]);

    public static TheoryData<string, string> Pages => new MatrixTheoryData<string, string>(
        ["/?", "/timeline?", "/tariffs/USA/CHN?", "/economies/CHN?", "/deadlines?", "/search?q=geneva"],
        ["9999-12-31", "0001-01-01"]);

    [Theory, MemberData(nameof(Apis))]
    public async Task Api_AsOfOutOfRange_Is400NamingAsOf(string url, string asOf)
    {
        var response = await factory.CreateClientAs(null).GetAsync($"{url}&asOf={Uri.EscapeDataString(asOf)}", TestContext.Current.CancellationToken);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(Message, problem.ErrorText("asOf"));
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Page_AsOfOutOfRange_Is400ShowingTheMessage(string url, string asOf)
    {
        var response = await factory.CreateClientAs(null).GetAsync($"{url}&asOf={asOf}", TestContext.Current.CancellationToken);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-testid=\"asof-error\"", html);
        Assert.Contains(Message, html);
    }

    [Theory, MemberData(nameof(OutOfRange))]
    public async Task RatesApi_EveryOutOfRangeForm_Is400(string asOf)
    {
        var response = await factory.CreateClientAs(null).GetAsync($"/api/rates?imposer=USA&target=CHN&asOf={Uri.EscapeDataString(asOf)}", TestContext.Current.CancellationToken);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(Message, problem.ErrorText("asOf"));
    }
}
