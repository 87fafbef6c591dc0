using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class ZonedTimeTests
{
    private const string NewYork = "America/New_York";
    private const string Beijing = "Asia/Shanghai";

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void AtLocal_NewYorkOneMinutePastMidnightInSummer_IsFourOhOneUtc()
    {
        var instant = ZonedTime.AtLocal(new DateOnly(2025, 4, 10), new TimeOnly(0, 1), NewYork);

        Assert.Equal(Utc(2025, 4, 10, 4, 1), instant);
        Assert.NotEqual(Utc(2025, 4, 10, 0, 1), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void AtLocal_BeijingOneMinutePastNoon_IsFourOhOneUtc()
    {
        var instant = ZonedTime.AtLocal(new DateOnly(2025, 4, 10), new TimeOnly(12, 1), Beijing);

        Assert.Equal(Utc(2025, 4, 10, 4, 1), instant);
    }

    [Fact]
    public void EndOfDay_BareDateInNewYork_IsLastTickBeforeNextMidnightEdt()
    {
        var end = ZonedTime.EndOfDay(new DateOnly(2025, 6, 9), NewYork);

        Assert.Equal(Utc(2025, 6, 10, 4, 0).AddTicks(-1), end);
        Assert.Equal(new DateOnly(2025, 6, 9), ZonedTime.LocalDate(end, NewYork));
        Assert.Equal(new DateOnly(2025, 6, 10), ZonedTime.LocalDate(end.AddTicks(1), NewYork));
    }

    [Fact]
    public void EndOfDay_WinterDateInNewYork_UsesStandardTimeOffset()
    {
        var end = ZonedTime.EndOfDay(new DateOnly(2025, 1, 15), NewYork);

        Assert.Equal(Utc(2025, 1, 16, 5, 0).AddTicks(-1), end);
    }

    [Fact]
    public void AtLocal_TimeSkippedBySpringForward_MovesForwardByTheGap()
    {
        // 2:30 a.m. does not exist on March 9, 2025 in New York: clocks jump from 2:00 EST to 3:00 EDT.
        var instant = ZonedTime.AtLocal(new DateOnly(2025, 3, 9), new TimeOnly(2, 30), NewYork);

        Assert.Equal(Utc(2025, 3, 9, 7, 30), instant);
        Assert.Equal("3:30 a.m. EDT, March 9, 2025", ZonedTime.Format(instant, NewYork));
    }

    [Fact]
    public void AtLocal_TimeRepeatedByFallBack_TakesTheFirstDaylightOccurrence()
    {
        // 1:30 a.m. happens twice on November 2, 2025 in New York: first at EDT (UTC-4), then at EST (UTC-5).
        var instant = ZonedTime.AtLocal(new DateOnly(2025, 11, 2), new TimeOnly(1, 30), NewYork);

        Assert.Equal(Utc(2025, 11, 2, 5, 30), instant);
        Assert.Equal("1:30 a.m. EDT, November 2, 2025", ZonedTime.Format(instant, NewYork));
    }

    [Fact]
    public void TryParseAsOf_BareDate_IsEndOfThatDayInTheZone()
    {
        var ok = ZonedTime.TryParseAsOf("2025-06-09", NewYork, out var instant, out var error);

        Assert.True(ok, error);
        Assert.Equal(ZonedTime.EndOfDay(new DateOnly(2025, 6, 9), NewYork), instant);
        Assert.Equal(Utc(2025, 6, 10, 4, 0).AddTicks(-1), instant);
    }

    [Fact]
    public void TryParseAsOf_InstantWithOffset_IsThatInstant()
    {
        var ok = ZonedTime.TryParseAsOf("2025-04-10T00:00:30-04:00", Beijing, out var instant, out var error);

        Assert.True(ok, error);
        Assert.Equal(Utc(2025, 4, 10, 4, 0, 30), instant);
    }

    [Fact]
    public void TryParseAsOf_ZuluInstant_IsThatInstant()
    {
        var ok = ZonedTime.TryParseAsOf("2025-04-10T04:01:00Z", NewYork, out var instant, out var error);

        Assert.True(ok, error);
        Assert.Equal(Utc(2025, 4, 10, 4, 1), instant);
    }

    [Fact]
    public void TryParseAsOf_LocalDateTimeWithoutOffset_IsWallClockTimeInTheZone()
    {
        var ok = ZonedTime.TryParseAsOf("2025-04-10T00:01", NewYork, out var instant, out var error);

        Assert.True(ok, error);
        Assert.Equal(Utc(2025, 4, 10, 4, 1), instant);
    }

    [Fact]
    public void TryParseAsOf_SameLocalDateTimeInBeijing_IsEarlierInstant()
    {
        var ok = ZonedTime.TryParseAsOf("2025-04-10T12:01:00", Beijing, out var instant, out var error);

        Assert.True(ok, error);
        Assert.Equal(Utc(2025, 4, 10, 4, 1), instant);
    }

    [Theory]
    [InlineData("next tuesday")]
    [InlineData("2025-13-45")]
    [InlineData("10/04/2025")]
    public void TryParseAsOf_NotADate_FailsWithMessageSayingWhatToGive(string text)
    {
        var ok = ZonedTime.TryParseAsOf(text, NewYork, out _, out var error);

        Assert.False(ok);
        Assert.Contains(text, error);
        Assert.Contains("Give a date (2025-06-09)", error);
        Assert.Contains("ISO 8601", error);
    }

    [Fact]
    public void TryParseAsOf_Empty_FailsWithMessageSayingWhatToGive()
    {
        var ok = ZonedTime.TryParseAsOf("  ", NewYork, out _, out var error);

        Assert.False(ok);
        Assert.StartsWith("Give a date", error);
    }

    [Fact]
    public void TryParseAsOf_DateOutsideSupportedYears_FailsNamingTheRange()
    {
        var ok = ZonedTime.TryParseAsOf("2500-01-01", NewYork, out _, out var error);

        Assert.False(ok);
        Assert.Contains("between 1900 and 2100", error);
    }

    [Fact]
    public void Format_SummerInstantInNewYork_ReadsLikeTheOrder()
    {
        Assert.Equal("12:01 a.m. EDT, April 10, 2025", ZonedTime.Format(Utc(2025, 4, 10, 4, 1), NewYork));
    }

    [Fact]
    public void Format_WinterInstantInNewYork_SaysEst()
    {
        Assert.Equal("12:01 a.m. EST, February 4, 2025", ZonedTime.Format(Utc(2025, 2, 4, 5, 1), NewYork));
    }

    [Fact]
    public void Format_BeijingAfternoon_SaysBeijingTime()
    {
        Assert.Equal("12:01 p.m. Beijing time, April 10, 2025", ZonedTime.Format(Utc(2025, 4, 10, 4, 1), Beijing));
    }
}
