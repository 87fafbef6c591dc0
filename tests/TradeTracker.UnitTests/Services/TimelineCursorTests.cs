using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Services;

public sealed class TimelineCursorTests
{
    [Fact]
    public void ToString_ThenTryParse_GivesTheSameEntry()
    {
        var cursor = new TimelineCursor(TimelineKeys.Of(new DateOnly(2025, 4, 2), TimelineEntryType.RateChange, 123_456));

        Assert.True(TimelineCursor.TryParse(cursor.ToString(), out var read));
        Assert.Equal(cursor, read);
        Assert.Equal(11, cursor.ToString().Length);
    }

    [Theory]
    [InlineData("page-2")]
    [InlineData("AAAAAAAAAAA")]
    [InlineData("___________")]
    [InlineData("AAtrLAP___8=")]
    public void TryParse_NotACursorTheAppGave_IsFalse(string text) => Assert.False(TimelineCursor.TryParse(text, out _));

    [Fact]
    public void Of_Keys_SortInTimelineOrder()
    {
        var day = new DateOnly(2025, 4, 2);
        long[] newestFirst =
        [
            TimelineKeys.Of(day.AddDays(1), TimelineEntryType.Event, 1),
            TimelineKeys.Of(day, TimelineEntryType.RateChange, 2),
            TimelineKeys.Of(day, TimelineEntryType.RateChange, 1),
            TimelineKeys.Of(day, TimelineEntryType.Event, int.MaxValue),
            TimelineKeys.Of(day, TimelineEntryType.Event, 7),
            TimelineKeys.Of(day.AddDays(-1), TimelineEntryType.RateChange, int.MaxValue),
        ];

        Assert.Equal(newestFirst, newestFirst.OrderDescending());
        Assert.All(newestFirst[1..5], key => Assert.InRange(key, TimelineKeys.DayStart(day), TimelineKeys.DayEnd(day) - 1));
    }
}
