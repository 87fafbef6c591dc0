namespace TradeTracker.Web.Domain;

/// <summary>One measure's step in force at the instant asked about.</summary>
public sealed record RateLayer(TariffMeasure Measure, RateStep Step)
{
    public decimal Percent => Step.RatePercent ?? 0m;
}

/// <summary>What one economy charged another at an instant (in a mode, <see cref="AsOf"/>): the headline rate and the
/// product-only layers beside it.</summary>
public sealed record RateSnapshot(
    string ImposerCode,
    string TargetCode,
    AsOf AsOf,
    decimal HeadlinePercent,
    IReadOnlyList<RateLayer> HeadlineLayers,
    IReadOnlyList<RateLayer> ProductLayers)
{
    public DateTimeOffset At => AsOf.At;
}

/// <summary>How much of what an imposer charges a target the tracker holds.</summary>
public enum RateCoverage
{
    /// <summary>At least one measure of the imposer on this target (bilateral) is recorded.</summary>
    Tracked,

    /// <summary>Only measures the imposer applies to every partner (global measures) are recorded for this pair.</summary>
    GlobalOnly,

    /// <summary>Nothing the imposer charges this target is recorded: there is no rate to state, not a rate of 0%.</summary>
    NotTracked,
}

/// <summary>The answer to "what did <c>imposer</c> charge <c>target</c> at an instant (and on this product)": the
/// snapshot, how much of the pair is tracked, when its data was last reviewed, and the product's rate when asked. The API
/// and every page show this one answer.</summary>
public sealed record RateAnswer(RateSnapshot Snapshot, RateCoverage Coverage, DateOnly? ReviewedOn, ProductRate? Product)
{
    /// <summary>The headline rate; null for a pair the tracker has no data on (never a confident 0%).</summary>
    public decimal? HeadlinePercent => Coverage == RateCoverage.NotTracked ? null : Snapshot.HeadlinePercent;

    /// <summary>The product's total; null when no product was asked about or the pair is not tracked.</summary>
    public decimal? ProductPercent => Coverage == RateCoverage.NotTracked ? null : Product?.TotalPercent;
}

/// <summary>The rate-in-force rules: which steps count at an instant, in which view of it, and how layers add up.
/// <para>The one meaning of "as of" (<see cref="AsOf"/>): in the legal view (the default) a step counts when it was in
/// force at the instant as the tracker knows it now, so a correction announced later with retroactive effect counts, and
/// the real schedule and real ends show; as known then (<c>?known=1</c>) only steps announced by the instant's day count
/// (<see cref="RateStep.IsKnownAt"/>) and an end shows only once it was decided (<see cref="KnownUntil"/>).</para></summary>
public static class RateCalculator
{
    /// <summary>Whether a measure applies to goods from <paramref name="targetCode"/>: a bilateral measure on that target,
    /// or a global one (no target) that does not exempt it.</summary>
    public static bool AppliesTo(TariffMeasure measure, string imposerCode, string targetCode) =>
        measure.ImposingEconomyCode == imposerCode
        && (measure.TargetEconomyCode == targetCode
            || (measure.TargetEconomyCode is null && !measure.ExemptedEconomyCodes.Contains(targetCode)));

    /// <summary>How much of a pair the measures say: tracked with a bilateral measure, global measures only, or nothing.</summary>
    public static RateCoverage CoverageOf(IEnumerable<TariffMeasure> measures, string imposerCode, string targetCode)
    {
        var applying = measures.Where(m => AppliesTo(m, imposerCode, targetCode)).ToList();
        return applying.Any(m => m.TargetEconomyCode == targetCode) ? RateCoverage.Tracked
            : applying.Count > 0 ? RateCoverage.GlobalOnly
            : RateCoverage.NotTracked;
    }

    /// <summary>The step of a measure in force at an instant in a view, or null. Steps of measures that never applied,
    /// steps that never applied and non-ad-valorem steps never count; as known then, neither do steps not yet announced.</summary>
    public static RateStep? StepInForce(TariffMeasure measure, AsOf asOf) =>
        measure.CanApply
            ? measure.Steps.Where(s => s.IsInForceAt(asOf.At) && (!asOf.KnownThen || s.IsKnownAt(asOf.At))).MaxBy(s => s.InForceFrom)
            : null;

    /// <summary>A measure's schedule as a view of an instant shows it, in the order the steps apply: as known then, the
    /// steps announced by then (<see cref="KnownSchedule"/>); in the legal view, also every step in force by then,
    /// whenever it was announced.</summary>
    public static IEnumerable<RateStep> Schedule(TariffMeasure measure, AsOf asOf) =>
        asOf.KnownThen
            ? KnownSchedule(measure, asOf.At)
            : Ordered(measure.Steps.Where(s => s.IsKnownAt(asOf.At) || s.InForceFrom <= asOf.At));

    /// <summary>When a step stops applying, as a view of an instant shows it: the real end in the legal view; as known
    /// then, <see cref="KnownUntil"/>.</summary>
    public static DateTimeOffset? Until(TariffMeasure measure, RateStep step, AsOf asOf) =>
        asOf.KnownThen ? KnownUntil(measure, step, asOf.At) : step.InForceUntil;

    /// <summary>Whether a view of an instant shows the measure at all: some step of its schedule is shown.</summary>
    public static bool IsShown(TariffMeasure measure, AsOf asOf) => Schedule(measure, asOf).Any();

    /// <summary>A measure's schedule as it was known at an instant: the steps announced by then, in the order they apply
    /// (steps that never applied by the day they were announced).</summary>
    public static IEnumerable<RateStep> KnownSchedule(TariffMeasure measure, DateTimeOffset at) =>
        Ordered(measure.Steps.Where(s => s.IsKnownAt(at)));

    /// <summary>When a step stops applying, as known at an instant: its end once that has passed; while it is ahead, only
    /// if the step that follows it had been announced by then. An end not yet decided is not shown in a view of the past.</summary>
    public static DateTimeOffset? KnownUntil(TariffMeasure measure, RateStep step, DateTimeOffset at) =>
        step.InForceUntil is { } until && (until <= at || measure.Steps.Any(s => s.InForceFrom == until && s.IsKnownAt(at))) ? until : null;

    /// <summary>The headline rate is the sum of the in-force steps of every all-goods measure that adds or replaces (minus
    /// any an all-goods measure replaces or excepts); listed-product measures are returned beside it as layers for those
    /// products only. Global measures count for every pair they apply to (<see cref="AppliesTo"/>).</summary>
    public static RateSnapshot Compute(string imposerCode, string targetCode, AsOf asOf, IEnumerable<TariffMeasure> measures)
    {
        var layers = measures
            .Where(m => AppliesTo(m, imposerCode, targetCode))
            .Select(m => StepInForce(m, asOf) is { } step ? new RateLayer(m, step) : null)
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

        return new RateSnapshot(imposerCode, targetCode, asOf, headline.Sum(l => l.Percent), headline, productLayers);
    }

    private static IEnumerable<RateStep> Ordered(IEnumerable<RateStep> steps) =>
        steps.OrderBy(s => s.InForceFrom ?? DateTimeOffset.MaxValue).ThenBy(s => s.TimelineDate).ThenBy(s => s.Id);
}
