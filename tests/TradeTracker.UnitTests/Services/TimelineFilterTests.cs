using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Services;

/// <summary>The timeline page's URL and the events API read the filter through the same method.</summary>
public sealed class TimelineFilterTests
{
    [Fact]
    public void FromQuery_PageValues_ReadsEachAndWritesThemBack()
    {
        var filter = TimelineFilter.FromQuery(" chn ", "agreement", "2025-01-01", "2025-06-30", "Geneva");

        Assert.Equal(new TimelineFilter("CHN", "Agreement", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), "Geneva"), filter);
        var query = filter.ToQuery();
        Assert.Equal(filter, TimelineFilter.FromQuery((string?)query["economy"], (string?)query["kind"], (string?)query["from"], (string?)query["to"], (string?)query["q"]));
    }

    [Fact]
    public void FromQuery_RateChangeInAnyCase_IsTheRateChangeKind()
    {
        Assert.Equal(TimelineFilter.RateChangeKind, TimelineFilter.FromQuery(null, "ratechange", null, null, null).Kind);
    }

    [Fact]
    public void FromQuery_ValuesThatDoNotRead_AreLeftOutAndReportedWithWhatWouldBeAccepted()
    {
        var problems = new Dictionary<string, string>();

        var filter = TimelineFilter.FromQuery(null, "3", "2025-02-30", "June", null, (field, message) => problems[field] = message);

        Assert.Equal(new TimelineFilter(), filter);
        Assert.Equal(["kind", "from", "to"], problems.Keys);
        Assert.Contains("RateChange", problems["kind"]);
        Assert.Contains("yyyy-MM-dd", problems["from"]);
    }
}
