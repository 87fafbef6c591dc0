using System.Globalization;
using Microsoft.AspNetCore.Components;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Shared;

/// <summary>A pair's headline rates both ways as two step lines, each direction in its <see cref="DirectionStyle"/> (a
/// <c>--tt-series-…</c> colour and a dash), with the highest rate of each labelled. The SVG stretches to the width at a
/// fixed height (coordinates are percentages), and everything written (axis labels, peaks, tooltips) is HTML laid over it,
/// so text keeps its size on a phone. Each step and each marker is focusable and shows its tooltip on hover and focus
/// with CSS alone; markers sit in one lane per <see cref="MarkerGroup"/> below the plot, merged when close
/// (<see cref="RateChart.Clusters"/>), their guide line drawn only on hover and focus, and each lane hidden by its
/// checkbox in <see cref="RateStepChart"/>'s key (CSS <c>:has()</c>). Nothing here handles an event: links and CSS do
/// it all, which is what lets <see cref="RateStepChart"/> send it as one piece of HTML (<see cref="StaticHtml"/>).</summary>
public partial class RateChartPlot
{
    /// <summary>The share of the plot's height kept above the top grid line for the peak labels, in percent.</summary>
    private const double PlotTop = 12;

    [Parameter, EditorRequired]
    public RateChart Chart { get; set; } = default!;

    /// <summary>The page's <c>?asOf=</c>, carried into the markers' links.</summary>
    [Parameter]
    public string? AsOfText { get; set; }

    /// <summary>The chart's element id, which its tooltips' ids start with.</summary>
    [Parameter, EditorRequired]
    public string Id { get; set; } = default!;

    /// <summary>The zone the axis's dates are in, named for people (the abbreviation changes with the season).</summary>
    private string ZoneName => Chart.TimeZoneId == "America/New_York" ? "US Eastern time" : $"{Chart.TimeZoneId} time";

    private decimal MaxRate => Chart.Points.Count == 0 ? 0 : Chart.Points.Max(p => Math.Max(p.Forward, p.Backward));

    private decimal YStep => NiceMax / 4;

    /// <summary>The top of the y axis: a round figure at or above the highest rate.</summary>
    private decimal NiceMax => MaxRate switch
    {
        <= 20 => 20,
        <= 40 => 40,
        <= 100 => Math.Ceiling(MaxRate / 20) * 20,
        _ => Math.Ceiling(MaxRate / 40) * 40,
    };

    /// <summary>Whether the peak of one direction is written below its line rather than above: when both peaks would be
    /// written on top of each other, the lower one goes below (the backward one when they are level).</summary>
    private bool PeakBelow(bool forward) =>
        Peak(p => p.Forward) is { } f && Peak(p => p.Backward) is { } b && Math.Abs(f.X - b.X) < 12 && Math.Abs(Y(f.Rate) - Y(b.Rate)) < 12
        && (forward ? f.Rate < b.Rate : b.Rate <= f.Rate);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The group's name in markup (<c>data-group</c>), which the CSS and the key's checkboxes use.</summary>
    internal static string GroupKey(MarkerGroup group) => group switch
    {
        MarkerGroup.Talks => "talks",
        MarkerGroup.Announcements => "announcements",
        MarkerGroup.CourtRulings => "court-rulings",
        _ => "deadlines",
    };

    internal static string GroupName(MarkerGroup group) => group switch
    {
        MarkerGroup.Talks => "Talks",
        MarkerGroup.Announcements => "Announcements",
        MarkerGroup.CourtRulings => "Court rulings",
        _ => "Deadlines",
    };

    /// <summary>Labels near an edge are anchored to it rather than centred, so none is cut off.</summary>
    private static string EdgeClass(double x) => x < 3 ? "tt-at-start" : x > 97 ? "tt-at-end" : "";

    /// <summary>Every other tick is minor when there are more than four: a narrow chart hides the minor ones.</summary>
    private string TickClass(double x, int index) => $"tt-tick {EdgeClass(x)} {(index % 2 == 1 && TimeTicks().Count() > 4 ? "tt-tick-minor" : "")}";

    /// <summary>Where <paramref name="at"/> falls across the plot, in percent of its width.</summary>
    private double X(DateTimeOffset at)
    {
        var span = (Chart.To - Chart.From).TotalSeconds;
        var share = span <= 0 ? 0 : Math.Clamp((at - Chart.From).TotalSeconds / span, 0, 1);
        return share * 100;
    }

    /// <summary>Where a rate falls down the plot, in percent of its height.</summary>
    private double Y(decimal rate) => PlotTop + ((1 - (double)(rate / NiceMax)) * (100 - PlotTop));

    /// <summary>The highest rate of one direction in the range and the middle of its first step, or null when it never
    /// rose above zero.</summary>
    private (decimal Rate, double X)? Peak(Func<RatePoint, decimal> rate)
    {
        var max = Chart.Points.Count == 0 ? 0 : Chart.Points.Max(rate);
        if (max <= 0)
        {
            return null;
        }

        var i = Chart.Points.ToList().FindIndex(p => rate(p) == max);
        var end = i + 1 < Chart.Points.Count ? Chart.Points[i + 1].At : Chart.To;
        return (max, (X(Chart.Points[i].At) + X(end)) / 2);
    }

    /// <summary>The SVG path of one direction: level from each point to the next, then up or down.</summary>
    private string StepPath(Func<RatePoint, decimal> rate)
    {
        var d = new System.Text.StringBuilder();
        for (var i = 0; i < Chart.Points.Count; i++)
        {
            var p = Chart.Points[i];
            d.Append(i == 0 ? $"M{N(X(p.At))} {N(Y(rate(p)))}" : $" H{N(X(p.At))} V{N(Y(rate(p)))}");
        }

        return d.Append($" H{N(X(Chart.To))}").ToString();
    }

    /// <summary>Labelled ticks on the time axis: years over long ranges, months (every few) over short ones.</summary>
    private IEnumerable<(DateTimeOffset At, string Label)> TimeTicks()
    {
        var zone = Chart.TimeZoneId;
        var start = ZonedTime.LocalDate(Chart.From, zone);
        var end = ZonedTime.LocalDate(Chart.To, zone);
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        if (months > 30)
        {
            for (var year = start.Year + 1; year <= end.Year; year++)
            {
                yield return (ZonedTime.StartOfDay(new DateOnly(year, 1, 1), zone), year.ToString(CultureInfo.InvariantCulture));
            }

            yield break;
        }

        var every = Math.Max(1, (int)Math.Ceiling(months / 8.0));
        for (var month = new DateOnly(start.Year, start.Month, 1).AddMonths(1); month <= end; month = month.AddMonths(every))
        {
            yield return (ZonedTime.StartOfDay(month, zone), month.ToString("MMM yyyy", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A symbol's events open the timeline of their days at the first; deadlines open the deadlines page at the first.</summary>
    private string MarkerHref(MarkerCluster cluster)
    {
        if (cluster.Group == MarkerGroup.Deadlines)
        {
            return $"{AsOfQuery.Append("deadlines", AsOfText)}#deadline-{cluster.Markers[0].Id}";
        }

        var from = cluster.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = cluster.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{AsOfQuery.Append($"timeline?from={from}&to={to}", AsOfText)}#event-{cluster.Markers[0].Id}";
    }

    /// <summary>"on this day", or "from February 10 to March 2, 2025" for a symbol spanning several days.</summary>
    private static string DaysText(MarkerCluster cluster) =>
        cluster.Day == cluster.LastDay
            ? "on this day"
            : $"from {ZonedTime.FormatDate(cluster.Day)} to {ZonedTime.FormatDate(cluster.LastDay)}";

    private string Description =>
        Chart.Points.Count == 0
            ? "No rates in this range."
            : $"Step chart of the headline tariff rate {Chart.ForwardLabel} ({LineName(Chart.ForwardStyle)}) and {Chart.BackwardLabel} "
              + $"({LineName(Chart.BackwardStyle)}), {Chart.RangeText}: {Chart.Points.Count - 1} changes. At the end, {Chart.ForwardLabel} "
              + $"{Labels.Percent(Chart.Points[^1].Forward)} and {Chart.BackwardLabel} {Labels.Percent(Chart.Points[^1].Backward)}; highest "
              + $"{Chart.ForwardLabel} {Labels.Percent(Chart.Points.Max(p => p.Forward))}, {Chart.BackwardLabel} {Labels.Percent(Chart.Points.Max(p => p.Backward))}. "
              + $"{Chart.Markers.Count} markers link to talks, announcements, court rulings and deadlines. Each step and marker "
              + "can be focused for its details; the table view lists every change.";

    private static string LineName(DirectionStyle style) => style == DirectionStyle.Home ? "solid line" : "dashed line";
}
