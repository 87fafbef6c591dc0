using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Services;

public sealed class UpcomingRateChangeTests
{
    private static UpcomingRateChange Change(decimal percent, decimal? before) => new(
        new DateTimeOffset(2025, 11, 9, 5, 0, 0, TimeSpan.Zero), "America/New_York", new Economy { Code = "USA", Name = "United States" },
        new Economy { Code = "CHN", Name = "China" }, "Test duty", percent, before);

    [Theory]
    [InlineData(100.0, null, "starts at 100%")]
    [InlineData(25.0, 10.0, "rises from 10% to 25%")]
    [InlineData(10.0, 20.0, "falls from 20% to 10%")]
    [InlineData(12.5, 12.5, "stays at 12.5%")]
    public void Describe_NewRateAgainstTheOneItReplaces_SaysWhichWayItMoves(double percent, double? before, string expected) =>
        Assert.Equal(expected, Change((decimal)percent, (decimal?)before).Describe());
}
