using Microsoft.AspNetCore.Components;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Shared;

/// <summary>A pair's headline rates both ways over a range: a key (the directions' styles with their latest rates, and a
/// checkbox per marker group) above the drawing (<see cref="RateChartPlot"/>), or the same figures as a table. The drawing
/// handles no events, so it is rendered to HTML here, on the server, and written as one piece of markup
/// (<see cref="StaticHtml"/>): when the circuit starts, the browser inserts it with one parse rather than building its
/// ~480 elements one by one, which was most of the pair page's blocking time (docs/performance.md, "Issue 13").</summary>
public partial class RateStepChart
{
    private bool showTable;
    private MarkupString plot;

    [Inject] private IServiceProvider Services { get; set; } = default!;

    [Parameter, EditorRequired]
    public RateChart Chart { get; set; } = default!;

    /// <summary>The page's <c>?asOf=</c>, carried into the markers' links.</summary>
    [Parameter]
    public string? AsOfText { get; set; }

    private string Id => $"chart-{Chart.ImposerCode}-{Chart.TargetCode}";

    private IReadOnlyList<MarkerGroup> Groups => Chart.Markers.Select(m => m.Group).Distinct().Order().ToList();

    protected override void OnParametersSet() =>
        plot = StaticHtml.Render<RateChartPlot>(Services, new Dictionary<string, object?>
        {
            [nameof(RateChartPlot.Chart)] = Chart,
            [nameof(RateChartPlot.AsOfText)] = AsOfText,
            [nameof(RateChartPlot.Id)] = Id,
        });

    private string LatestText(Func<RatePoint, decimal> rate) =>
        Chart.Points.Count == 0 ? "" : $"{Labels.Percent(rate(Chart.Points[^1]))} on {ZonedTime.FormatDate(ZonedTime.LocalDate(Chart.To, Chart.TimeZoneId))}";
}
