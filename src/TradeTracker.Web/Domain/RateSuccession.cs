namespace TradeTracker.Web.Domain;

/// <summary>"End the current step and add a new one": which step of a measure's schedule is current, and whether a new
/// step may take over from it at an instant. The admin form and the editor service both ask here.</summary>
public static class RateSuccession
{
    /// <summary>The step a new one takes over from: the applied step with no end (every later instant falls under it);
    /// null when the schedule has none (it has ended, or has no applied step yet).</summary>
    public static RateStep? CurrentOf(IEnumerable<RateStep> steps) =>
        steps.Where(s => s.Applied && s.InForceUntil is null).MaxBy(s => s.InForceFrom);

    /// <summary>Why a new step cannot start at <paramref name="start"/> after <paramref name="current"/>, keyed by
    /// <see cref="RateStep.InForceFrom"/>; empty when it can (strictly after the current step starts).</summary>
    public static IReadOnlyList<RuleProblem> Check(RateStep? current, DateTimeOffset? start)
    {
        if (current?.InForceFrom is not { } from)
        {
            return [new(nameof(RateStep.InForceFrom), "This measure has no rate in force without an end, so there is nothing to end: add a step instead.")];
        }

        if (start is not { } at)
        {
            return [new(nameof(RateStep.InForceFrom), "Give the date the new rate takes effect.")];
        }

        if (at <= from)
        {
            var rate = current.RatePercent is { } r ? $"{r:0.####}%" : "current";
            return [new(nameof(RateStep.InForceFrom),
                $"The new rate must take effect after the {rate} step it ends, which is in force from {ZonedTime.Format(from, current.TimeZoneId)}.")];
        }

        return [];
    }
}
