using System.Globalization;
using Microsoft.AspNetCore.Components;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Shared;

/// <summary>A pair's headline rates both ways as two step lines in an inline SVG (scaled by its viewBox), with event and
/// deadline markers that link to them, and the same data as a table.</summary>
public partial class RateStepChart
{
    // Okabe–Ito colours, told apart without colour by the dash pattern.
    public const string ForwardColour = "#0072B2";
    public const string BackwardColour = "#D55E00";
    public const string BackwardDash = "8 5";
    private const string EventColour = "#009E73";
    private const string DeadlineColour = "#CC79A7";

    private const double Width = 720, Height = 320, Left = 56, Right = 16, Top = 30, Bottom = 44;

    private bool showTable;

    [Parameter, EditorRequired]
    public RateChart Chart { get; set; } = default!;

    /// <summary>The page's <c>?asOf=</c>, carried into the markers' links.</summary>
    [Parameter]
    public string? AsOfText { get; set; }

    [Inject]
    private DisplayClock Clock { get; set; } = default!;

    private string Id => $"chart-{Chart.ImposerCode}-{Chart.TargetCode}";

    private string ForwardLabel => $"{Chart.ImposerCode} → {Chart.TargetCode}";

    private string BackwardLabel => $"{Chart.TargetCode} → {Chart.ImposerCode}";

    private string RangeText => $"{Clock.Format(Chart.From)} to {Clock.Format(Chart.To)}";

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

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private double X(DateTimeOffset at)
    {
        var span = (Chart.To - Chart.From).TotalSeconds;
        var share = span <= 0 ? 0 : Math.Clamp((at - Chart.From).TotalSeconds / span, 0, 1);
        return Left + (share * (Width - Left - Right));
    }

    private double Y(decimal rate) => Top + ((1 - (double)(rate / NiceMax)) * (Height - Top - Bottom));

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

    private string MarkerHref(ChartMarker marker)
    {
        if (marker.Kind == ChartMarkerKind.Deadline)
        {
            return $"{AsOfQuery.Append("deadlines", AsOfText)}#deadline-{marker.Id}";
        }

        var day = Clock.LocalDate(marker.At).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{AsOfQuery.Append($"timeline?from={day}&to={day}", AsOfText)}#event-{marker.Id}";
    }

    private string Description =>
        Chart.Points.Count == 0
            ? "No rates in this range."
            : $"Step chart of the headline tariff rate {ForwardLabel} (solid blue line) and {BackwardLabel} (dashed vermillion line), "
              + $"{RangeText}: {Chart.Points.Count - 1} changes. At the end, {ForwardLabel} {Labels.Percent(Chart.Points[^1].Forward)} and "
              + $"{BackwardLabel} {Labels.Percent(Chart.Points[^1].Backward)}; highest {Labels.Percent(MaxRate)}. "
              + $"{Chart.Markers.Count} markers link to talks, announcements and deadlines. The table view lists every change.";
}
