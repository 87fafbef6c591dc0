namespace TradeTracker.Web.Domain;

/// <summary>One measure's step in force at the instant asked about.</summary>
public sealed record RateLayer(TariffMeasure Measure, RateStep Step)
{
    public decimal Percent => Step.RatePercent ?? 0m;
}

/// <summary>What one economy charged another at an instant: the headline rate and the product-only layers beside it.</summary>
public sealed record RateSnapshot(
    string ImposerCode,
    string TargetCode,
    DateTimeOffset At,
    decimal HeadlinePercent,
    IReadOnlyList<RateLayer> HeadlineLayers,
    IReadOnlyList<RateLayer> ProductLayers);

/// <summary>The rate-in-force rules: which steps count at an instant and how layers add up.</summary>
public static class RateCalculator
{
    /// <summary>Whether a measure applies to goods from <paramref name="targetCode"/>.</summary>
    public static bool AppliesTo(TariffMeasure measure, string imposerCode, string targetCode) =>
        measure.ImposingEconomyCode == imposerCode
        && (measure.TargetEconomyCode == targetCode
            || (measure.TargetEconomyCode is null && !measure.ExemptedEconomyCodes.Contains(targetCode)));

    /// <summary>The step of a measure in force at an instant, or null. Steps of measures that never applied,
    /// steps that never applied and non-ad-valorem steps never count.</summary>
    public static RateStep? StepInForce(TariffMeasure measure, DateTimeOffset at) =>
        measure.CanApply
            ? measure.Steps.Where(s => s.IsInForceAt(at)).MaxBy(s => s.InForceFrom)
            : null;

    /// <summary>A measure's schedule as it was known at an instant: the steps announced by then, in the order they apply
    /// (steps that never applied by the day they were announced).</summary>
    public static IEnumerable<RateStep> KnownSchedule(TariffMeasure measure, DateTimeOffset at) =>
        measure.Steps.Where(s => s.IsKnownAt(at))
            .OrderBy(s => s.InForceFrom ?? DateTimeOffset.MaxValue).ThenBy(s => s.TimelineDate).ThenBy(s => s.Id);

    /// <summary>When a step stops applying, as known at an instant: its end once that has passed; while it is ahead, only
    /// if the step that follows it had been announced by then. An end not yet decided is not shown in a view of the past.</summary>
    public static DateTimeOffset? KnownUntil(TariffMeasure measure, RateStep step, DateTimeOffset at) =>
        step.InForceUntil is { } until && (until <= at || measure.Steps.Any(s => s.InForceFrom == until && s.IsKnownAt(at))) ? until : null;

    /// <summary>The headline rate is the sum of the in-force steps of every all-goods measure that adds or replaces (minus
    /// any an all-goods measure replaces or excepts); listed-product measures are returned beside it as layers for those
    /// products only.</summary>
    public static RateSnapshot Compute(string imposerCode, string targetCode, DateTimeOffset at, IEnumerable<TariffMeasure> measures)
    {
        var layers = measures
            .Where(m => AppliesTo(m, imposerCode, targetCode))
            .Select(m => StepInForce(m, at) is { } step ? new RateLayer(m, step) : null)
            .OfType<RateLayer>()
            .ToList();

        var headlineCandidates = layers.Where(l => l.Measure.Coverage == Coverage.AllGoods).ToList();
        var replaced = headlineCandidates
            .Where(l => l.Measure.Combination is Combination.Replaces or Combination.Excepts)
            .SelectMany(l => l.Measure.AffectedMeasures.Select(a => a.Id))
            .ToHashSet();
        var headline = headlineCandidates
            .Where(l => !replaced.Contains(l.Measure.Id) && l.Measure.Combination != Combination.Excepts)
            .OrderByDescending(l => l.Percent)
            .ThenBy(l => l.Measure.Name, StringComparer.Ordinal)
            .ToList();
        var productLayers = layers
            .Where(l => l.Measure.Coverage == Coverage.ListedProducts)
            .OrderBy(l => l.Measure.LegalBasis, StringComparer.Ordinal)
            .ThenBy(l => l.Measure.Name, StringComparer.Ordinal)
            .ToList();

        return new RateSnapshot(imposerCode, targetCode, at, headline.Sum(l => l.Percent), headline, productLayers);
    }
}
