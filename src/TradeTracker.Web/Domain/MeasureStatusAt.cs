namespace TradeTracker.Web.Domain;

/// <summary>A measure's status at an instant, from its steps rather than as recorded today: scheduled before its first
/// step once announced, in effect while a step is in force, and after its last step ends ended (or invalidated, or
/// suspended, as recorded). Threatened and never-applied measures keep their recorded status once announced.</summary>
public static class MeasureStatusAt
{
    /// <summary>The status at <paramref name="asOf"/>; null when the measure had not been announced by then (no step known
    /// then, and, in the legal view, none in force then either: a correction announced later with retroactive effect
    /// counts as in effect).</summary>
    public static MeasureStatus? Of(TariffMeasure measure, AsOf asOf)
    {
        var at = asOf.At;
        if (measure.Steps.Count == 0)
        {
            return measure.Status;
        }

        var steps = measure.Steps
            .Where(s => !s.NeverApplied && s.InForceFrom is not null && (!asOf.KnownThen || s.IsKnownAt(at)))
            .ToList();
        var inForce = measure.CanApply && steps.Any(s => s.InForceFrom <= at && (s.InForceUntil is not { } until || at < until));
        if (!inForce && !measure.Steps.Any(s => s.IsKnownAt(at)))
        {
            return null;
        }

        if (!measure.CanApply || steps.Count == 0)
        {
            return measure.Status;
        }

        if (inForce)
        {
            return MeasureStatus.InEffect;
        }

        if (steps.Any(s => s.InForceFrom > at))
        {
            return measure.Status == MeasureStatus.Suspended && steps.Any(s => s.InForceFrom <= at) ? MeasureStatus.Suspended : MeasureStatus.Scheduled;
        }

        return measure.Status is MeasureStatus.Invalidated or MeasureStatus.Suspended ? measure.Status : MeasureStatus.Ended;
    }
}
