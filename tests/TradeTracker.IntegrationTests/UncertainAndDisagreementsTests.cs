using System.Net;
using System.Text.Json;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>Uncertain events and deadlines are marked wherever they are shown, and a disagreement between sources shows on
/// the timeline, in the event's API row and on the pair page, each claim with its source.</summary>
public sealed class UncertainAndDisagreementsTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string Claim = "said China's exports fell 3.4% in May 2025";

    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetTimeline_June9Of2025_ShowsTheDisagreementOnTheTradeDataEntryWithBothSources()
    {
        var html = await client.GetPageAsync("/timeline?from=2025-06-09&to=2025-06-09");

        var entry = html[html.IndexOf("China May 2025 trade data", StringComparison.Ordinal)..];
        entry = entry[..entry.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("data-testid=\"disagreement\"", entry);
        Assert.Contains(Claim, entry);
        var alert = entry[entry.IndexOf("data-testid=\"disagreement\"", StringComparison.Ordinal)..entry.IndexOf("data-testid=\"sources\"", StringComparison.Ordinal)];
        Assert.Equal(2, alert.Split("<a href=\"https://").Length - 1);
    }

    [Fact]
    public async Task GetEventsApi_June9Of2025_RowCarriesConfidenceAndTheDisagreement()
    {
        var list = await (await client.GetAsync("/api/events?from=2025-06-09&to=2025-06-09&kind=DataRelease", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var row = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("title").GetString()!.StartsWith("China May 2025 trade data", StringComparison.Ordinal));
        Assert.Equal("Confirmed", row.GetProperty("confidence").GetString());
        var disagreement = Assert.Single(row.GetProperty("disagreements").EnumerateArray());
        Assert.Contains(Claim, disagreement.GetProperty("claim").GetString());
        Assert.StartsWith("https://", disagreement.GetProperty("claimSource").GetProperty("url").GetString());
        Assert.StartsWith("https://", disagreement.GetProperty("counterSource").GetProperty("url").GetString());
        Assert.NotEqual(JsonValueKind.Null, disagreement.GetProperty("counterClaim").ValueKind);
    }

    [Theory]
    [InlineData("2025-06-10", true)]
    [InlineData("2025-06-08", false)]
    public async Task GetPairPage_UsChina_ListsTheDisagreementsOfItsEventsOnceTheyHappened(string asOf, bool shown)
    {
        var html = await client.GetPageAsync($"/tariffs/USA/CHN?asOf={asOf}");

        Assert.Equal(shown, html.Contains("data-testid=\"pair-disagreements\"", StringComparison.Ordinal));
        Assert.Equal(shown, html.Contains(Claim, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetTimeline_UncertainEvent_IsMarked()
    {
        var html = await client.GetPageAsync("/timeline?from=2018-06-15&to=2018-06-15");

        var entry = html[html.IndexOf("China announces 25% tariffs on 659 US items", StringComparison.Ordinal)..];
        Assert.Contains("data-testid=\"uncertain\"", entry[..entry.IndexOf("</li>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task GetDeadlinesAndDashboard_UncertainDeadline_IsMarked()
    {
        // D057 is uncertain in the 2026 reference data: 120 days after signing is the tracker's arithmetic, not a source's date.
        var deadlines = await client.GetPageAsync("/deadlines?asOf=2026-12-01");

        var card = deadlines[deadlines.IndexOf("Section 232 polysilicon remedies due to take effect", StringComparison.Ordinal)..];
        Assert.Contains("data-testid=\"uncertain\"", card[..card.IndexOf("</h2>", StringComparison.Ordinal)]);
    }
}
