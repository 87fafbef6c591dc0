namespace TradeTracker.Web.Domain;

/// <summary>The headline rates both ways from an instant on, what changed then, and the zone the change was declared in.</summary>
public sealed record RatePoint(DateTimeOffset At, string TimeZoneId, decimal Forward, decimal Backward, IReadOnlyList<string> Changes);

/// <summary>A pair's headline rates over time, both directions: a step series with a point at every change.</summary>
public static class RateHistory
{
    /// <summary>The headline rate of <paramref name="a"/> on <paramref name="b"/> (forward) and of b on a (backward) at
    /// <paramref name="from"/> and at every step start or end up to <paramref name="to"/> where either rate changed. Each
    /// point is the rate at its instant in <paramref name="mode"/> (<see cref="RateCalculator.Compute"/>): the same number
    /// the headline shows for that instant.</summary>
    public static IReadOnlyList<RatePoint> Compute(
        string a, string b, IReadOnlyList<TariffMeasure> forward, IReadOnlyList<TariffMeasure> backward,
        DateTimeOffset from, DateTimeOffset to, string defaultZone, AsOfMode mode)
    {
        var breaks = forward.Concat(backward)
            .Where(m => m.CanApply)
            .SelectMany(m => m.Steps.Where(s => !s.NeverApplied))
            .SelectMany(s => new[] { s.InForceFrom, s.InForceUntil }.OfType<DateTimeOffset>().Select(t => (At: t, s.TimeZoneId)))
            .Where(x => x.At > from && x.At <= to)
            .GroupBy(x => x.At)
            .Select(g => g.First())
            .OrderBy(x => x.At)
            .Prepend((At: from, TimeZoneId: defaultZone));

        var points = new List<RatePoint>();
        RateSnapshot? lastForward = null;
        RateSnapshot? lastBackward = null;
        foreach (var (at, zone) in breaks)
        {
            var f = RateCalculator.Compute(a, b, new AsOf(at, mode), forward);
            var r = RateCalculator.Compute(b, a, new AsOf(at, mode), backward);
            if (lastForward is null || lastBackward is null)
            {
                points.Add(new RatePoint(at, zone, f.HeadlinePercent, r.HeadlinePercent, ["Start of the range"]));
            }
            else if (f.HeadlinePercent != lastForward.HeadlinePercent || r.HeadlinePercent != lastBackward.HeadlinePercent)
            {
                points.Add(new RatePoint(at, zone, f.HeadlinePercent, r.HeadlinePercent, [.. Changes(lastForward, f), .. Changes(lastBackward, r)]));
            }

            (lastForward, lastBackward) = (f, r);
        }

        return points;
    }

    /// <summary>Each headline layer that started, changed rate or ended between two snapshots.</summary>
    private static IEnumerable<string> Changes(RateSnapshot before, RateSnapshot after)
    {
        var pair = $"{after.ImposerCode} → {after.TargetCode}";
        var old = before.HeadlineLayers.ToDictionary(l => l.Measure.Id);
        foreach (var layer in after.HeadlineLayers)
        {
            if (!old.Remove(layer.Measure.Id, out var was))
            {
                yield return $"{pair}: {layer.Measure.Name} {Percent(layer.Percent)} starts";
            }
            else if (was.Percent != layer.Percent)
            {
                yield return $"{pair}: {layer.Measure.Name} {Percent(was.Percent)} → {Percent(layer.Percent)}";
            }
        }

        foreach (var gone in old.Values)
        {
            yield return $"{pair}: {gone.Measure.Name} {Percent(gone.Percent)} ends";
        }
    }

    private static string Percent(decimal value) => $"{value:0.##}%";
}
