using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class MeasureStatusAtTests
{
    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    private static RateStep Step(DateTimeOffset from, DateTimeOffset? until, DateOnly announced, decimal rate = 10m) => new()
    {
        RatePercent = rate,
        InForceFrom = from,
        InForceUntil = until,
        AnnouncedOn = announced,
        TimeZoneId = "Etc/UTC",
    };

    /// <summary>Announced March 1, 2025; 10% from April 1, 2025 to February 24, 2026, then held void.</summary>
    private static TariffMeasure Invalidated() => new()
    {
        Name = "IEEPA tariff",
        Status = MeasureStatus.Invalidated,
        Steps = [Step(Day(2025, 4, 1), Day(2026, 2, 24), new DateOnly(2025, 3, 1))],
    };

    [Fact]
    public void Of_BeforeItWasAnnounced_IsNull()
    {
        Assert.Null(MeasureStatusAt.Of(Invalidated(), new AsOf(Day(2018, 10, 1))));
    }

    [Fact]
    public void Of_AnnouncedButNotYetInForce_IsScheduled()
    {
        Assert.Equal(MeasureStatus.Scheduled, MeasureStatusAt.Of(Invalidated(), new AsOf(Day(2025, 3, 15))));
    }

    [Fact]
    public void Of_WhileAStepIsInForce_IsInEffectWhateverIsRecordedToday()
    {
        Assert.Equal(MeasureStatus.InEffect, MeasureStatusAt.Of(Invalidated(), new AsOf(Day(2025, 10, 1))));
    }

    [Fact]
    public void Of_AfterItsLastStepEnds_IsAsRecordedWhenInvalidatedElseEnded()
    {
        var ended = Invalidated();
        ended.Status = MeasureStatus.InEffect;

        Assert.Equal(MeasureStatus.Invalidated, MeasureStatusAt.Of(Invalidated(), new AsOf(Day(2026, 3, 1))));
        Assert.Equal(MeasureStatus.Ended, MeasureStatusAt.Of(ended, new AsOf(Day(2026, 3, 1))));
    }

    [Fact]
    public void Of_RetroactiveStepAnnouncedLater_InEffectLegallyButNotKnownThen()
    {
        // The April 11, 2025 electronics exception, in force from April 5.
        var exception = new TariffMeasure
        {
            Status = MeasureStatus.InEffect,
            Combination = Combination.Excepts,
            Steps = [Step(Day(2025, 4, 5), null, new DateOnly(2025, 4, 11), rate: 0m)],
        };

        Assert.Equal(MeasureStatus.InEffect, MeasureStatusAt.Of(exception, new AsOf(Day(2025, 4, 10))));
        Assert.Null(MeasureStatusAt.Of(exception, new AsOf(Day(2025, 4, 10), AsOfMode.KnownThen)));
    }

    [Fact]
    public void Of_NeverAppliedMeasure_KeepsItsRecordedStatusOnceAnnounced()
    {
        var threat = new TariffMeasure
        {
            Status = MeasureStatus.NeverApplied,
            Steps = [new RateStep { RatePercent = 15m, NeverApplied = true, AnnouncedOn = new DateOnly(2019, 8, 13), TimeZoneId = "Etc/UTC" }],
        };

        Assert.Null(MeasureStatusAt.Of(threat, new AsOf(Day(2019, 8, 1))));
        Assert.Equal(MeasureStatus.NeverApplied, MeasureStatusAt.Of(threat, new AsOf(Day(2019, 9, 1))));
    }

    [Fact]
    public void Of_SuspendedAfterItsStepEnded_IsSuspended()
    {
        var suspended = Invalidated();
        suspended.Status = MeasureStatus.Suspended;

        Assert.Equal(MeasureStatus.Suspended, MeasureStatusAt.Of(suspended, new AsOf(Day(2026, 3, 1))));
    }
}
