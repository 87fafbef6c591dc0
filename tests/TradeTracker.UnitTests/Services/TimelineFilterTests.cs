using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Services;

/// <summary>The timeline page's URL and the events API read the filter through the same method.</summary>
public sealed class TimelineFilterTests
{
    private static readonly TimelineKinds Agreement = TimelineKinds.Of(EventKind.Agreement);

    [Fact]
    public void FromQuery_PageValues_ReadsEachAndWritesThemBack()
    {
        var filter = TimelineFilter.FromQuery(" chn ", ["agreement"], "2025-01-01", "2025-06-30", "Geneva");

        Assert.Equal(new TimelineFilter("CHN", Agreement, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), "Geneva"), filter);
        Assert.Equal(filter, WrittenBackAndRead(filter));
    }

    [Fact]
    public void FromQuery_RateChangeInAnyCase_IsTheRateChangeKind()
    {
        Assert.Equal(TimelineKinds.RateChanges, TimelineFilter.FromQuery(null, ["ratechange"], null, null, null).Kinds);
    }

    [Fact]
    public void FromQuery_KindsRepeatedOrAsAList_ReadTheSameInAnyOrderAndWriteBackRepeated()
    {
        var repeated = TimelineFilter.FromQuery(null, ["RateChange", "Agreement"], null, null, null);
        var listed = TimelineFilter.FromQuery(null, ["Agreement, RateChange"], null, null, null);

        Assert.Equal(TimelineKinds.RateChanges.With(Agreement), repeated.Kinds);
        Assert.Equal(repeated, listed);
        Assert.Equal(repeated.ToString(), listed.ToString()); // the timeline's cache key
        Assert.Equal(["RateChange", "Agreement"], (string[])repeated.ToQuery()["kind"]!);
        Assert.Equal(repeated, WrittenBackAndRead(repeated));
    }

    [Fact]
    public void Kinds_EveryOnePicked_IsEveryKind()
    {
        var every = TimelineKinds.Each.Aggregate(default(TimelineKinds), (all, kind) => all.With(kind));

        Assert.True(every.IsEvery);
        Assert.False(every.Without(Agreement).IsEvery);
        Assert.Equal(Enum.GetValues<EventKind>().Length + 1, every.Members.Count());
        Assert.Equal([null, EventKind.Agreement], TimelineKinds.RateChanges.With(Agreement).Columns);
        Assert.Equal("Rate changes, Agreement", TimelineKinds.RateChanges.With(Agreement).Label);
    }

    [Fact]
    public void FromQuery_ValuesThatDoNotRead_AreLeftOutAndReportedWithWhatWouldBeAccepted()
    {
        var problems = new Dictionary<string, string>();

        var filter = TimelineFilter.FromQuery(null, ["3"], "2025-02-30", "June", null, (field, message) => problems[field] = message);

        Assert.Equal(new TimelineFilter(), filter);
        Assert.Equal(["kind", "from", "to"], problems.Keys);
        Assert.Contains("RateChange", problems["kind"]);
        Assert.Contains("yyyy-MM-dd", problems["from"]);
    }

    private static TimelineFilter WrittenBackAndRead(TimelineFilter filter)
    {
        var query = filter.ToQuery();
        return TimelineFilter.FromQuery((string?)query["economy"], (string[]?)query["kind"], (string?)query["from"], (string?)query["to"], (string?)query["q"]);
    }
}
