using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class RateStepRulesTests
{
    private const string NewYork = "America/New_York";

    private static DateTimeOffset Day(int year, int month, int day) => ZonedTime.StartOfDay(new DateOnly(year, month, day), NewYork);

    private static RateStep Step(int id, decimal? rate, DateTimeOffset? from, DateTimeOffset? until = null) => new()
    {
        Id = id,
        TariffMeasureId = 1,
        RatePercent = rate,
        InForceFrom = from,
        InForceUntil = until,
        TimeZoneId = NewYork,
    };

    [Fact]
    public void Validate_StepOverlappingTwoSiblings_ReportsBothOverlaps()
    {
        var siblings = new[]
        {
            Step(1, 10, Day(2025, 2, 4), Day(2025, 3, 4)),
            Step(2, 20, Day(2025, 3, 4)),
            Step(3, 30, Day(2024, 1, 1), Day(2025, 1, 1)),
        };
        var step = Step(0, 25, Day(2025, 2, 20));

        var problems = step.Validate(siblings);

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(nameof(RateStep.InForceFrom), p.Field));
        Assert.Contains("10% step", problems[0].Message);
        Assert.Contains("20% step", problems[1].Message);
    }

    [Fact]
    public void Validate_SiblingIsTheStepItself_IsNoOverlap()
    {
        var stored = Step(7, 10, Day(2025, 2, 4));

        Assert.Empty(Step(7, 15, Day(2025, 2, 4)).Validate([stored]));
    }

    [Fact]
    public void Validate_StepsThatTouch_DoNotOverlap()
    {
        var earlier = Step(1, 10, Day(2025, 2, 4), Day(2025, 3, 4));

        Assert.Empty(Step(0, 20, Day(2025, 3, 4)).Validate([earlier]));
    }

    [Fact]
    public void Validate_NeverAppliedSibling_IsNoOverlap()
    {
        var withdrawn = Step(1, 50, null);
        withdrawn.NeverApplied = true;
        withdrawn.AnnouncedOn = new DateOnly(2025, 4, 1);

        Assert.Empty(Step(0, 20, Day(2025, 3, 4)).Validate([withdrawn]));
    }

    [Fact]
    public void Validate_SeveralBrokenRules_ReportsEachKeyedByField()
    {
        var step = Step(0, 1200.5m, Day(2025, 3, 4), Day(2025, 3, 1));
        step.TimeZoneId = "Mars/Olympus";
        step.Notes = new string('x', RateStep.MaxNotesLength + 1);

        var fields = step.Validate([]).Select(p => p.Field).ToList();

        Assert.Equal([nameof(RateStep.RatePercent), nameof(RateStep.TimeZoneId), nameof(RateStep.Notes), nameof(RateStep.InForceUntil)], fields);
    }

    [Fact]
    public void Validate_NoRateAndNoNotes_AsksForRate()
    {
        var problem = Assert.Single(Step(0, null, Day(2025, 3, 4)).Validate([]));

        Assert.Equal(nameof(RateStep.RatePercent), problem.Field);
    }

    [Fact]
    public void Validate_NoRateWithNotes_IsAcceptedAsNotAdValorem()
    {
        var step = Step(0, null, Day(2025, 10, 14));
        step.Notes = "Port fee of $50 per net ton";

        Assert.Empty(step.Validate([]));
    }

    [Fact]
    public void Validate_NeverAppliedWithDates_RefusesTheDates()
    {
        var step = Step(0, 34, Day(2025, 4, 9));
        step.NeverApplied = true;

        Assert.Equal(nameof(RateStep.InForceFrom), Assert.Single(step.Validate([])).Field);
    }

    [Fact]
    public void Validate_NeverAppliedWithoutAnnouncement_AsksForTheAnnouncementDay()
    {
        var step = Step(0, 34, null);
        step.NeverApplied = true;

        Assert.Equal(nameof(RateStep.AnnouncedOn), Assert.Single(step.Validate([])).Field);
    }

    [Fact]
    public void Validate_EndWithoutStart_AsksForBoth()
    {
        var fields = Step(0, 10, null, Day(2025, 3, 4)).Validate([]).Select(p => p.Field);

        Assert.Equal([nameof(RateStep.InForceFrom), nameof(RateStep.InForceUntil)], fields);
    }

    [Fact]
    public void Validate_RetroactiveStepAnnouncedAfterItsStart_IsAccepted()
    {
        // The April 11, 2025 electronics exception applied from April 5: a correction with retroactive effect is legal.
        var step = Step(0, 0, Day(2025, 4, 5));
        step.AnnouncedOn = new DateOnly(2025, 4, 11);

        Assert.Empty(step.Validate([]));
    }
}
