using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class CountdownTests
{
    private const string NewYork = "America/New_York";

    [Fact]
    public void Between_FutureDue_SplitsIntoDaysHoursMinutesSeconds()
    {
        var now = new DateTimeOffset(2025, 6, 9, 12, 0, 0, TimeSpan.Zero);
        var due = now + new TimeSpan(29, 16, 1, 5);

        var countdown = Countdown.Between(now, due);

        Assert.Equal(new Countdown(false, 29, 16, 1, 5), countdown);
        Assert.Equal("29 days, 16 hours, 1 minute, 5 seconds", countdown.ToString());
    }

    [Fact]
    public void Between_FractionOfASecondLeft_RoundsDownAndIsNotPast()
    {
        var now = new DateTimeOffset(2025, 7, 9, 4, 0, 59, TimeSpan.Zero).AddMilliseconds(500);
        var due = new DateTimeOffset(2025, 7, 9, 4, 1, 0, TimeSpan.Zero);

        var countdown = Countdown.Between(now, due);

        Assert.False(countdown.IsPast);
        Assert.Equal(new Countdown(false, 0, 0, 0, 0), countdown);
    }

    [Fact]
    public void Between_AcrossNovemberFallBack_CountsRealHoursNotClockHours()
    {
        // Noon EDT on Nov 1 to noon EST on Nov 3, 2025: the clocks went back an hour, so 49 real hours pass.
        var now = ZonedTime.AtLocal(new DateOnly(2025, 11, 1), new TimeOnly(12, 0), NewYork);
        var due = ZonedTime.AtLocal(new DateOnly(2025, 11, 3), new TimeOnly(12, 0), NewYork);

        var countdown = Countdown.Between(now, due);

        Assert.Equal(new Countdown(false, 2, 1, 0, 0), countdown);
    }

    [Fact]
    public void Between_AcrossMarchSpringForward_CountsOneHourLess()
    {
        var now = ZonedTime.AtLocal(new DateOnly(2025, 3, 8), new TimeOnly(12, 0), NewYork);
        var due = ZonedTime.AtLocal(new DateOnly(2025, 3, 10), new TimeOnly(12, 0), NewYork);

        var countdown = Countdown.Between(now, due);

        Assert.Equal(new Countdown(false, 1, 23, 0, 0), countdown);
    }

    [Fact]
    public void Between_DueInThePast_IsPastAndCountsTimeSince()
    {
        var due = new DateTimeOffset(2025, 7, 9, 4, 1, 0, TimeSpan.Zero);
        var now = due + new TimeSpan(3, 2, 0, 1);

        var countdown = Countdown.Between(now, due);

        Assert.True(countdown.IsPast);
        Assert.Equal(new Countdown(true, 3, 2, 0, 1), countdown);
        Assert.Equal("3 days, 2 hours, 0 minutes, 1 second", countdown.ToString());
    }

    [Fact]
    public void Between_DueExactlyNow_IsPast()
    {
        var due = new DateTimeOffset(2025, 7, 9, 4, 1, 0, TimeSpan.Zero);

        Assert.True(Countdown.Between(due, due).IsPast);
        Assert.False(Countdown.Between(due.AddTicks(-1), due).IsPast);
    }
}
