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
    public void DueTimeNamed_AfterBothExtensionsAndTheDue_NamesTheExtendedDueTimeItCountsFrom()
    {
        var view = DeadlineSchedule.At(July8Deadline(), EndOf(8, 10))!;

        Assert.Equal("the extended due time of 12:01 a.m. EDT, August 7, 2025", view.DueTimeNamed);
    }

    [Fact]
    public void DueTimeNamed_PassedWithoutExtension_NamesTheDueTime()
    {
        var deadline = July8Deadline(DeadlineStatus.Met);
        deadline.Extensions.Clear();

        var view = DeadlineSchedule.At(deadline, EndOf(7, 10))!;

        Assert.Equal("the due time of 12:01 a.m. EDT, July 9, 2025", view.DueTimeNamed);
    }

    [Fact]
    public void At_BeforeExtensionWasDecided_CountsDownToOriginalDue()
    {
        var view = DeadlineSchedule.At(July8Deadline(), EndOf(6, 9))!;

        Assert.Equal(July9, view.DueAt);
        Assert.Equal(DeadlineState.Upcoming, view.State);
        Assert.False(view.WasExtended);
        Assert.Empty(view.KnownExtensions);
    }

    [Fact]
    public void At_LastInstantBeforeDecisionDay_StillCountsOriginalDue()
    {
        var lastInstantOfJuly6 = ZonedTime.StartOfDay(new DateOnly(2025, 7, 7), NewYork).AddTicks(-1);

        var view = DeadlineSchedule.At(July8Deadline(), lastInstantOfJuly6)!;

        Assert.Equal(July9, view.DueAt);
    }

    [Fact]
    public void At_AfterFirstExtensionWasDecided_CountsDownToNewDue()
    {
        var view = DeadlineSchedule.At(July8Deadline(), EndOf(7, 8))!;

        Assert.Equal(August1, view.DueAt);
        Assert.Equal(DeadlineState.Upcoming, view.State);
        Assert.True(view.WasExtended);
        Assert.Single(view.KnownExtensions);
    }

    [Fact]
    public void At_AfterBothExtensions_CountsDownToLatestDecidedDue()
    {
        var view = DeadlineSchedule.At(July8Deadline(), EndOf(7, 31))!;

        Assert.Equal(August7, view.DueAt);
        Assert.Equal(DeadlineState.Upcoming, view.State);
        Assert.Equal([new DateOnly(2025, 7, 7), new DateOnly(2025, 7, 31)], view.KnownExtensions.Select(e => e.DecidedOn));
    }

    [Fact]
    public void At_OriginalDuePassedWithoutExtensionKnown_ShowsRecordedStatusNotUpcoming()
    {
        var deadline = July8Deadline(DeadlineStatus.Lapsed);
        deadline.Extensions.Clear();

        var view = DeadlineSchedule.At(deadline, July9)!;

        Assert.Equal(DeadlineState.Lapsed, view.State);
    }

    [Theory]
    [InlineData(DeadlineStatus.Extended, DeadlineState.Extended)]
    [InlineData(DeadlineStatus.Met, DeadlineState.Met)]
    [InlineData(DeadlineStatus.Lapsed, DeadlineState.Lapsed)]
    [InlineData(DeadlineStatus.Pending, DeadlineState.AwaitingOutcome)]
    public void At_AfterLatestDuePassed_ShowsRecordedOutcome(DeadlineStatus recorded, DeadlineState expected)
    {
        var view = DeadlineSchedule.At(July8Deadline(recorded), August7.AddSeconds(1))!;

        Assert.Equal(August7, view.DueAt);
        Assert.Equal(expected, view.State);
    }

    [Fact]
    public void At_OneSecondBeforeLatestDue_IsStillUpcoming()
    {
        var view = DeadlineSchedule.At(July8Deadline(DeadlineStatus.Met), August7.AddSeconds(-1))!;

        Assert.Equal(DeadlineState.Upcoming, view.State);
    }

    [Fact]
    public void At_BetweenOriginalAndExtendedDue_IsUpcomingEvenThoughOriginalPassed()
    {
        var view = DeadlineSchedule.At(July8Deadline(DeadlineStatus.Extended), July9.AddDays(1))!;

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

        var atStart = DeadlineSchedule.At(deadline, from)!;
        var justBeforeEnd = DeadlineSchedule.At(deadline, until.AddTicks(-1))!;
        var atEnd = DeadlineSchedule.At(deadline, until)!;

        Assert.Equal((atStart.DueAt, atStart.State, atStart.KnownExtensions.Count), (justBeforeEnd.DueAt, justBeforeEnd.State, justBeforeEnd.KnownExtensions.Count));
        Assert.NotEqual(atStart.KnownExtensions.Count, atEnd.KnownExtensions.Count);
    }

    /// <summary>The August 1 deadline the July 7 order created: set on July 7, due 12:01 a.m. EDT August 1.</summary>
    private static Deadline August1Deadline() => new()
    {
        Id = 30,
        Title = "Reciprocal rates for other partners resume",
        OriginalDueAt = August1,
        TimeZoneId = NewYork,
        AnnouncedAt = ZonedTime.AtLocal(new DateOnly(2025, 7, 7), new TimeOnly(18, 0), NewYork),
    };

    [Fact]
    public void At_BeforeTheDeadlineWasAnnounced_IsNotShown()
    {
        Assert.Null(DeadlineSchedule.At(August1Deadline(), EndOf(6, 9)));
        Assert.Empty(DeadlineSchedule.AtAll([August1Deadline()], EndOf(7, 6)));
    }

    [Fact]
    public void At_FromTheAnnouncementOn_IsShown()
    {
        var deadline = August1Deadline();

        Assert.NotNull(DeadlineSchedule.At(deadline, deadline.AnnouncedAt!.Value));
        Assert.Single(DeadlineSchedule.AtAll([deadline], EndOf(7, 8)));
    }

    [Fact]
    public void At_NoAnnouncementRecorded_IsShownInEveryView()
    {
        var deadline = August1Deadline();
        deadline.AnnouncedAt = null;

        Assert.NotNull(DeadlineSchedule.At(deadline, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void At_BeforeOutcomeWasDecided_ShowsWhatWasDueNotWhatHappened()
    {
        var deadline = July8Deadline();
        deadline.Extensions.Clear();
        deadline.Outcome = "Extended by EO of July 7, 2025";
        deadline.OutcomeDecidedOn = new DateOnly(2025, 7, 7);

        var view = DeadlineSchedule.At(deadline, EndOf(7, 6))!;

        Assert.Null(view.Outcome);
        Assert.Equal(DeadlineStatus.Pending, view.Status);
        Assert.Equal(DeadlineState.Upcoming, view.State);
    }

    [Fact]
    public void At_OnTheDayTheOutcomeWasDecided_ShowsIt()
    {
        var deadline = July8Deadline();
        deadline.Outcome = "Extended by EO of July 7, 2025";
        deadline.OutcomeDecidedOn = new DateOnly(2025, 7, 7);

        var view = DeadlineSchedule.At(deadline, ZonedTime.StartOfDay(new DateOnly(2025, 7, 7), NewYork))!;

        Assert.Equal("Extended by EO of July 7, 2025", view.Outcome);
        Assert.Equal(DeadlineStatus.Extended, view.Status);
    }

    [Fact]
    public void At_PassedButOutcomeDecidedLater_KeepsAwaitingOutcome()
    {
        var deadline = July8Deadline(DeadlineStatus.Met);
        deadline.Extensions.Clear();
        deadline.Outcome = "Met.";
        deadline.OutcomeDecidedOn = new DateOnly(2025, 7, 20);

        var passed = DeadlineSchedule.At(deadline, EndOf(7, 10))!;
        var decided = DeadlineSchedule.At(deadline, EndOf(7, 20))!;

        Assert.Equal((DeadlineState.AwaitingOutcome, (string?)null), (passed.State, passed.Outcome));
        Assert.Equal((DeadlineState.Met, "Met."), (decided.State, decided.Outcome));
    }

    [Fact]
    public void At_NoOutcomeDecisionDay_OutcomeShowsOnceDuePassed()
    {
        var deadline = July8Deadline(DeadlineStatus.Lapsed);
        deadline.Extensions.Clear();
        deadline.Outcome = "Lapsed.";

        Assert.Null(DeadlineSchedule.At(deadline, July9.AddSeconds(-1))!.Outcome);
        Assert.Equal("Lapsed.", DeadlineSchedule.At(deadline, July9)!.Outcome);
    }

    [Fact]
    public void StableWindow_AnnouncementAndOutcomeDay_AreChanges()
    {
        var deadline = August1Deadline();
        deadline.OutcomeDecidedOn = new DateOnly(2025, 8, 5);

        var (_, untilAnnounced) = DeadlineSchedule.StableWindow([deadline], EndOf(7, 1));
        var (fromOutcome, _) = DeadlineSchedule.StableWindow([deadline], EndOf(8, 6));

        Assert.Equal(deadline.AnnouncedAt, untilAnnounced);
        Assert.Equal(ZonedTime.StartOfDay(new DateOnly(2025, 8, 5), NewYork), fromOutcome);
    }
}
