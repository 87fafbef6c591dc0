using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class DeadlineScheduleTests
{
    private const string NewYork = "America/New_York";

    private static readonly DateTimeOffset July9 = ZonedTime.AtLocal(new DateOnly(2025, 7, 9), new TimeOnly(0, 1), NewYork);
    private static readonly DateTimeOffset August1 = ZonedTime.AtLocal(new DateOnly(2025, 8, 1), new TimeOnly(0, 1), NewYork);
    private static readonly DateTimeOffset August7 = ZonedTime.AtLocal(new DateOnly(2025, 8, 7), new TimeOnly(0, 1), NewYork);

    /// <summary>The "July 8 deadline": due 12:01 a.m. EDT July 9, extended on July 7 to Aug 1, and on July 31 to Aug 7.</summary>
    private static Deadline July8Deadline(DeadlineStatus status = DeadlineStatus.Extended) => new()
    {
        Id = 29,
        Title = "July 8 deadline: 90-day pause on reciprocal tariffs ends",
        OriginalDueAt = July9,
        TimeZoneId = NewYork,
        Status = status,
        Extensions =
        [
            new DeadlineExtension { Id = 2, NewDueAt = August7, TimeZoneId = NewYork, DecidedOn = new DateOnly(2025, 7, 31) },
            new DeadlineExtension { Id = 1, NewDueAt = August1, TimeZoneId = NewYork, DecidedOn = new DateOnly(2025, 7, 7) },
        ],
    };

    private static DateTimeOffset EndOf(int month, int day) => ZonedTime.EndOfDay(new DateOnly(2025, month, day), NewYork);

    [Fact]
    public void At_BeforeExtensionWasDecided_CountsDownToOriginalDue()
    {
        var view = DeadlineSchedule.At(July8Deadline(), EndOf(6, 9));

        Assert.Equal(July9, view.DueAt);
        Assert.Equal(DeadlineState.Upcoming, view.State);
        Assert.False(view.WasExtended);
        Assert.Empty(view.KnownExtensions);
    }

    [Fact]
    public void At_LastInstantBeforeDecisionDay_StillCountsOriginalDue()
    {
        var lastInstantOfJuly6 = ZonedTime.StartOfDay(new DateOnly(2025, 7, 7), NewYork).AddTicks(-1);

        var view = DeadlineSchedule.At(July8Deadline(), lastInstantOfJuly6);

        Assert.Equal(July9, view.DueAt);
    }

    [Fact]
    public void At_AfterFirstExtensionWasDecided_CountsDownToNewDue()
    {
        var view = DeadlineSchedule.At(July8Deadline(), EndOf(7, 8));

        Assert.Equal(August1, view.DueAt);
        Assert.Equal(DeadlineState.Upcoming, view.State);
        Assert.True(view.WasExtended);
        Assert.Single(view.KnownExtensions);
    }

    [Fact]
    public void At_AfterBothExtensions_CountsDownToLatestDecidedDue()
    {
        var view = DeadlineSchedule.At(July8Deadline(), EndOf(7, 31));

        Assert.Equal(August7, view.DueAt);
        Assert.Equal(DeadlineState.Upcoming, view.State);
        Assert.Equal([new DateOnly(2025, 7, 7), new DateOnly(2025, 7, 31)], view.KnownExtensions.Select(e => e.DecidedOn));
    }

    [Fact]
    public void At_OriginalDuePassedWithoutExtensionKnown_ShowsRecordedStatusNotUpcoming()
    {
        var deadline = July8Deadline(DeadlineStatus.Lapsed);
        deadline.Extensions.Clear();

        var view = DeadlineSchedule.At(deadline, July9);

        Assert.Equal(DeadlineState.Lapsed, view.State);
    }

    [Theory]
    [InlineData(DeadlineStatus.Extended, DeadlineState.Extended)]
    [InlineData(DeadlineStatus.Met, DeadlineState.Met)]
    [InlineData(DeadlineStatus.Lapsed, DeadlineState.Lapsed)]
    [InlineData(DeadlineStatus.Pending, DeadlineState.AwaitingOutcome)]
    public void At_AfterLatestDuePassed_ShowsRecordedOutcome(DeadlineStatus recorded, DeadlineState expected)
    {
        var view = DeadlineSchedule.At(July8Deadline(recorded), August7.AddSeconds(1));

        Assert.Equal(August7, view.DueAt);
        Assert.Equal(expected, view.State);
    }

    [Fact]
    public void At_OneSecondBeforeLatestDue_IsStillUpcoming()
    {
        var view = DeadlineSchedule.At(July8Deadline(DeadlineStatus.Met), August7.AddSeconds(-1));

        Assert.Equal(DeadlineState.Upcoming, view.State);
    }

    [Fact]
    public void At_BetweenOriginalAndExtendedDue_IsUpcomingEvenThoughOriginalPassed()
    {
        var view = DeadlineSchedule.At(July8Deadline(DeadlineStatus.Extended), July9.AddDays(1));

        Assert.Equal(August1, view.DueAt);
        Assert.Equal(DeadlineState.Upcoming, view.State);
    }

    [Fact]
    public void StableWindow_BetweenDecisionAndNewDue_RunsFromDecisionDayToTheNextChange()
    {
        var july7 = ZonedTime.StartOfDay(new DateOnly(2025, 7, 7), NewYork);

        var (from, until) = DeadlineSchedule.StableWindow([July8Deadline()], EndOf(7, 8));

        // July 7 (first extension decided) to 12:01 a.m. July 9 (the original due instant passes).
        Assert.Equal((july7, July9), (from, until));
    }

    [Fact]
    public void StableWindow_EveryInstantInside_GivesTheSameViewAsItsStart()
    {
        var deadline = July8Deadline();
        var (from, until) = DeadlineSchedule.StableWindow([deadline], EndOf(7, 20));

        var atStart = DeadlineSchedule.At(deadline, from);
        var justBeforeEnd = DeadlineSchedule.At(deadline, until.AddTicks(-1));
        var atEnd = DeadlineSchedule.At(deadline, until);

        Assert.Equal((atStart.DueAt, atStart.State, atStart.KnownExtensions.Count), (justBeforeEnd.DueAt, justBeforeEnd.State, justBeforeEnd.KnownExtensions.Count));
        Assert.NotEqual(atStart.KnownExtensions.Count, atEnd.KnownExtensions.Count);
    }
}
