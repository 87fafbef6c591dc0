using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

/// <summary>Measures and steps for rate-rule tests: US instants at 12:01 a.m. EDT on April 9 and 10, 2025, and the end of June 9.</summary>
public abstract class MeasureBuilder
{
    protected const string NewYork = "America/New_York";
    protected const string Beijing = "Asia/Shanghai";

    protected static readonly DateTimeOffset April9 = ZonedTime.AtLocal(new DateOnly(2025, 4, 9), new TimeOnly(0, 1), NewYork);
    protected static readonly DateTimeOffset April10 = ZonedTime.AtLocal(new DateOnly(2025, 4, 10), new TimeOnly(0, 1), NewYork);
    protected static readonly DateTimeOffset June9 = ZonedTime.EndOfDay(new DateOnly(2025, 6, 9), NewYork);

    private int nextId = 1;

    protected TariffMeasure Measure(
        string name,
        string imposer = "USA",
        string? target = "CHN",
        Coverage coverage = Coverage.AllGoods,
        Combination combination = Combination.Adds,
        MeasureStatus status = MeasureStatus.InEffect,
        string[]? hs = null,
        params RateStep[] steps)
    {
        var measure = new TariffMeasure
        {
            Id = nextId++,
            Key = name.ToUpperInvariant().Replace(' ', '-'),
            Name = name,
            LegalBasis = "Test basis",
            ImposingEconomyCode = imposer,
            TargetEconomyCode = target,
            Coverage = coverage,
            Combination = combination,
            Status = status,
            Steps = [.. steps],
            HsPrefixes = [.. hs ?? []],
        };
        foreach (var step in steps)
        {
            step.Measure = measure;
            step.TariffMeasureId = measure.Id;
        }

        return measure;
    }

    protected RateStep Step(decimal? rate, DateTimeOffset from, DateTimeOffset? until = null, bool neverApplied = false, string zone = NewYork) => new()
    {
        Id = nextId++,
        RatePercent = rate,
        InForceFrom = neverApplied ? null : from,
        InForceUntil = until,
        NeverApplied = neverApplied,
        TimeZoneId = zone,
        TimelineDate = ZonedTime.LocalDate(from, zone),
    };
}
