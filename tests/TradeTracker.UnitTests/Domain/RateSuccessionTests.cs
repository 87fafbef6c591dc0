using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class RateSuccessionTests
{
    private const string NewYork = "America/New_York";

    private static DateTimeOffset Day(int year, int month, int day) => ZonedTime.StartOfDay(new DateOnly(year, month, day), NewYork);

    private static RateStep Step(int id, decimal? rate, DateTimeOffset? from, DateTimeOffset? until = null, bool neverApplied = false) => new()
    {
        Id = id,
        RatePercent = rate,
        InForceFrom = from,
        InForceUntil = until,
        NeverApplied = neverApplied,
        TimeZoneId = NewYork,
    };

    [Fact]
    public void CurrentOf_ScheduleWithEndedNeverAppliedAndOpenSteps_IsTheOpenAppliedStep()
    {
        var steps = new[]
        {
            Step(1, 10, Day(2025, 2, 4), Day(2025, 3, 4)),
            Step(2, 20, Day(2025, 3, 4)),
            Step(3, 50, null, neverApplied: true),
        };

        Assert.Equal(2, RateSuccession.CurrentOf(steps)?.Id);
    }

    [Fact]
    public void CurrentOf_EveryStepEnded_IsNone() =>
        Assert.Null(RateSuccession.CurrentOf([Step(1, 10, Day(2025, 2, 4), Day(2025, 3, 4))]));

    [Fact]
    public void Check_InstantAfterTheCurrentStepStarts_IsAllowed() =>
        Assert.Empty(RateSuccession.Check(Step(2, 20, Day(2025, 3, 4)), Day(2025, 3, 5)));

    [Theory]
    [InlineData(2025, 3, 4)]
    [InlineData(2025, 1, 1)]
    public void Check_InstantAtOrBeforeTheCurrentStepStarts_IsRefusedNamingTheStep(int year, int month, int day)
    {
        var problem = Assert.Single(RateSuccession.Check(Step(2, 20, Day(2025, 3, 4)), Day(year, month, day)));

        Assert.Equal(nameof(RateStep.InForceFrom), problem.Field);
        Assert.Contains("after the 20% step it ends, which is in force from 12:00 a.m. EST, March 4, 2025", problem.Message);
    }

    [Fact]
    public void Check_NoCurrentStep_IsRefused() =>
        Assert.Contains("nothing to end", Assert.Single(RateSuccession.Check(null, Day(2025, 3, 5))).Message);

    [Fact]
    public void Check_NoInstant_AsksForOne() =>
        Assert.Contains("takes effect", Assert.Single(RateSuccession.Check(Step(2, 20, Day(2025, 3, 4)), null)).Message);
}
