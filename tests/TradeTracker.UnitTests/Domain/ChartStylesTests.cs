using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class ChartStylesTests
{
    [Theory]
    [InlineData("USA", "CHN", DirectionStyle.Home)]
    [InlineData("CHN", "USA", DirectionStyle.Partner)]
    [InlineData("USA", "AUS", DirectionStyle.Home)]
    [InlineData("AUS", "USA", DirectionStyle.Partner)]
    [InlineData("CHN", "EUR", DirectionStyle.Home)]
    [InlineData("EUR", "CHN", DirectionStyle.Partner)]
    public void Of_EitherWayRound_GivesTheSameDirectionTheSameStyle(string imposer, string target, DirectionStyle expected)
    {
        Assert.Equal(expected, ChartStyles.Of(imposer, target, home: "USA"));
    }

    [Theory]
    [InlineData(EventKind.NegotiationRound, MarkerGroup.Talks)]
    [InlineData(EventKind.LeadersCall, MarkerGroup.Talks)]
    [InlineData(EventKind.Agreement, MarkerGroup.Talks)]
    [InlineData(EventKind.Announcement, MarkerGroup.Announcements)]
    [InlineData(EventKind.CourtRuling, MarkerGroup.CourtRulings)]
    [InlineData(EventKind.DataRelease, null)]
    [InlineData(EventKind.Statement, null)]
    public void GroupOf_EventKind_IsItsMarkerGroupOrNone(EventKind kind, MarkerGroup? expected)
    {
        Assert.Equal(expected, ChartStyles.GroupOf(kind));
    }
}
