using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using TradeTracker.Web.Components.Shared;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Components;

public sealed class RateStepChartTests : BunitContext
{
    private const string NewYork = "America/New_York";
    private static readonly DateTimeOffset From = ZonedTime.StartOfDay(new DateOnly(2025, 1, 1), NewYork);
    private static readonly DateTimeOffset April10 = ZonedTime.AtLocal(new DateOnly(2025, 4, 10), new TimeOnly(0, 1), NewYork);
    private static readonly DateTimeOffset To = ZonedTime.EndOfDay(new DateOnly(2025, 6, 9), NewYork);

    private static readonly RateChart Chart = new("USA", "CHN", From, To, NewYork,
        [
            new RatePoint(From, NewYork, 0m, 0m, ["Start of the range"]),
            new RatePoint(From.AddDays(34), NewYork, 10m, 0m, ["USA → CHN: IEEPA fentanyl tariff 10% starts"]),
            new RatePoint(April10, NewYork, 145m, 84m, ["USA → CHN: IEEPA reciprocal tariff 84% → 125%"]),
        ],
        [
            new ChartMarker(From.AddDays(40), ChartMarkerKind.Event, 5, "February 10, 2025, Announcement: Tariffs announced"),
            new ChartMarker(April10.AddDays(20), ChartMarkerKind.Deadline, 7, "Deadline: talks due"),
        ]);

    public RateStepChartTests()
    {
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(To));
        Services.AddSingleton(Options.Create(new TradeTrackerOptions()));
        Services.AddSingleton<DisplayClock>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }

    private IRenderedComponent<RateStepChart> RenderChart() =>
        Render<RateStepChart>(p => p.Add(c => c.Chart, Chart).Add(c => c.AsOfText, "2025-06-09"));

    [Fact]
    public void Render_ThreePoints_DrawsEachDirectionWithTwoRisesAndThreeLevels()
    {
        var cut = RenderChart();

        foreach (var series in new[] { "series-forward", "series-backward" })
        {
            var path = cut.Find($"[data-testid='{series}']");
            Assert.Equal("3", path.GetAttribute("data-steps"));
            Assert.Equal(2, path.GetAttribute("d")!.Count(c => c == 'V'));
        }

        Assert.Equal("8 5", cut.Find("[data-testid='series-backward']").GetAttribute("stroke-dasharray"));
        Assert.Equal(RateStepChart.ForwardColour, cut.Find("[data-testid='series-forward']").GetAttribute("stroke"));
    }

    [Fact]
    public void Render_Markers_LinkToTheEventOnTheTimelineAndTheDeadline()
    {
        var cut = RenderChart();

        var markers = cut.FindAll("[data-testid='chart-marker']");
        Assert.Equal(2, markers.Count);
        Assert.Equal("timeline?from=2025-02-10&to=2025-02-10&asOf=2025-06-09#event-5", markers[0].GetAttribute("href"));
        Assert.Equal("deadlines?asOf=2025-06-09#deadline-7", markers[1].GetAttribute("href"));
        Assert.Equal("Deadline: talks due", markers[1].GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_Svg_IsNamedByItsTitleAndDescription()
    {
        var cut = RenderChart();

        var svg = cut.Find("svg[data-testid='rate-chart-svg']");
        Assert.Equal("chart-USA-CHN-title chart-USA-CHN-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Contains("2 changes", cut.Find("#chart-USA-CHN-desc").TextContent);
    }

    [Fact]
    public void ClickTable_ShowsOneRowPerChangeWithBothRates()
    {
        var cut = RenderChart();

        cut.Find("[data-testid='show-table'] ").Click();

        var rows = cut.FindAll("[data-testid='rate-change-row']");
        Assert.Equal(3, rows.Count);
        Assert.Equal("12:01 a.m. EDT, April 10, 2025", rows[2].QuerySelector("th[scope='row']")!.TextContent);
        Assert.Equal(["145%", "84%"], rows[2].QuerySelectorAll("td").Take(2).Select(td => td.TextContent));
        Assert.NotNull(cut.Find("table caption"));
        Assert.Empty(cut.FindAll("svg[data-testid='rate-chart-svg']"));
    }
}
