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
            new ChartMarker(From.AddDays(40), MarkerGroup.Announcements, 5, "February 10, 2025", "Announcement: Tariffs announced"),
            new ChartMarker(April10.AddDays(20), MarkerGroup.Deadlines, 7, "12:01 a.m. EDT, April 30, 2025", "Deadline: talks due"),
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

    /// <summary>A tooltip says each of <paramref name="parts"/>.</summary>
    private static void AssertSays(string text, params string[] parts) => Assert.All(parts, part => Assert.Contains(part, text));

    private IRenderedComponent<RateStepChart> RenderChart(RateChart? chart = null) =>
        Render<RateStepChart>(p => p.Add(c => c.Chart, chart ?? Chart).Add(c => c.AsOfText, "2025-06-09"));

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

        Assert.Equal("home", cut.Find("[data-testid='series-forward']").GetAttribute("data-style"));
        Assert.Equal("partner", cut.Find("[data-testid='series-backward']").GetAttribute("data-style"));
    }

    [Fact]
    public void Render_ReversedPair_DrawsEachDirectionInTheStyleItHasOnTheOtherPage()
    {
        var reversed = Chart with { ImposerCode = "CHN", TargetCode = "USA", ForwardStyle = ChartStyles.Of("CHN", "USA", "USA") };

        var cut = RenderChart(reversed);

        Assert.Equal("partner", cut.Find("[data-testid='series-forward']").GetAttribute("data-style"));
        Assert.Equal("home", cut.Find("[data-testid='series-backward']").GetAttribute("data-style"));
        Assert.Equal("partner", cut.Find("[data-testid='legend-forward'] line").GetAttribute("data-style"));
        Assert.Contains("CHN → USA", cut.Find("[data-testid='legend-forward']").TextContent);
        Assert.Equal("home", cut.Find("[data-testid='legend-backward'] line").GetAttribute("data-style"));
    }

    [Fact]
    public void Render_Peaks_LabelTheHighestRateOfEachDirectionInItsStyle()
    {
        var cut = RenderChart();

        Assert.Equal("145%", cut.Find("[data-testid='peak-forward']").TextContent);
        Assert.Equal("home", cut.Find("[data-testid='peak-forward']").GetAttribute("data-style"));
        Assert.Equal("84%", cut.Find("[data-testid='peak-backward']").TextContent);
        Assert.Equal("partner", cut.Find("[data-testid='peak-backward']").GetAttribute("data-style"));
    }

    [Theory]
    [InlineData(145, 125, "peak-backward")]
    [InlineData(125, 145, "peak-forward")]
    public void Render_PeaksSideBySide_WritesTheLowerOneBelowItsLine(int forward, int backward, string below)
    {
        var close = Chart with { Points = [Chart.Points[0], Chart.Points[2] with { Forward = forward, Backward = backward }] };

        var cut = RenderChart(close);

        var belowLabels = cut.FindAll(".tt-peak-below");
        Assert.Equal(below, Assert.Single(belowLabels).GetAttribute("data-testid"));
    }

    [Fact]
    public void Render_ADirectionThatNeverRose_HasNoPeakLabel()
    {
        var flat = Chart with { Points = [.. Chart.Points.Select(p => p with { Backward = 0m })] };

        var cut = RenderChart(flat);

        Assert.Single(cut.FindAll("[data-testid='peak-forward']"));
        Assert.Empty(cut.FindAll("[data-testid='peak-backward']"));
    }

    [Fact]
    public void Render_Steps_EachFocusableWithItsDateRatesAndWhatChanged()
    {
        var cut = RenderChart();

        var steps = cut.FindAll("[data-testid='chart-step']");
        Assert.Equal(3, steps.Count);
        Assert.All(steps, s => Assert.Equal("0", s.GetAttribute("tabindex")));
        var tip = steps[2].QuerySelector("[data-testid='chart-tip']")!;
        Assert.Equal(tip.Id, steps[2].GetAttribute("aria-labelledby"));
        AssertSays(tip.TextContent, "12:01 a.m. EDT, April 10, 2025", "USA → CHN: 145%", "CHN → USA: 84%", "IEEPA reciprocal tariff 84% → 125%");
    }

    [Fact]
    public void Render_TimeAxis_NamesTheZoneForEverySeason()
    {
        var cut = RenderChart();

        Assert.Equal("Dates in US Eastern time", cut.Find(".tt-zone").TextContent);
        Assert.DoesNotContain("EST dates", cut.Markup);
    }

    [Fact]
    public void Render_MarkersOfOneGroupCloseTogether_AreOneSymbolWithTheirCountInTheGroupsLane()
    {
        var day = From.AddDays(40);
        var busy = Chart with
        {
            Markers =
            [
                new ChartMarker(day, MarkerGroup.Announcements, 5, "February 10, 2025", "Announcement: Tariffs announced"),
                new ChartMarker(day, MarkerGroup.Announcements, 6, "February 10, 2025", "Announcement: Retaliation announced"),
                new ChartMarker(day, MarkerGroup.Talks, 8, "February 10, 2025", "Leaders' call: Call"),
                new ChartMarker(day.AddDays(1), MarkerGroup.Announcements, 9, "February 11, 2025", "Announcement: Next day"),
                new ChartMarker(day.AddDays(60), MarkerGroup.Announcements, 10, "April 11, 2025", "Announcement: Two months on"),
            ],
        };

        var cut = RenderChart(busy);

        var lanes = cut.FindAll("[data-testid='marker-lane']");
        Assert.Equal(["talks", "announcements"], lanes.Select(l => l.GetAttribute("data-group")));
        var announcements = lanes[1].QuerySelectorAll("[data-testid='chart-marker']");
        Assert.Equal(2, announcements.Length);
        Assert.Equal("3 announcements from February 10, 2025 to February 11, 2025:", announcements[0].QuerySelector(".tt-count")!.TextContent);
        Assert.StartsWith(announcements[0].QuerySelector(".tt-count")!.Id + " ", announcements[0].GetAttribute("aria-labelledby"));
        AssertSays(announcements[0].TextContent, "February 10, 2025: Announcement: Tariffs announced",
            "February 10, 2025: Announcement: Retaliation announced", "February 11, 2025: Announcement: Next day");
        Assert.Equal("timeline?from=2025-02-10&to=2025-02-11&asOf=2025-06-09#event-5", announcements[0].GetAttribute("href"));
        Assert.Null(announcements[1].QuerySelector(".tt-count"));
        Assert.Null(lanes[0].QuerySelector(".tt-count"));
        Assert.Equal(["talks", "announcements"], cut.FindAll("[data-testid='marker-filter']").Select(f => f.GetAttribute("data-group")));
    }

    [Fact]
    public void Clusters_SymbolsOfALane_AreAtLeastTheSpacingApart()
    {
        var markers = Enumerable.Range(0, 60)
            .Select(i => new ChartMarker(From.AddDays(i * 2.5), MarkerGroup.Talks, i, $"day {i}", $"Talks {i}"))
            .ToList();

        var clusters = (Chart with { Markers = markers }).Clusters();

        var starts = clusters.Select(c => (c.Markers[0].At - From) / (To - From)).ToList();
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= RateChart.MarkerSpacing, $"{pair.First:0.000} then {pair.Second:0.000}"));
        Assert.Equal(60, clusters.Sum(c => c.Markers.Count));
    }

    [Fact]
    public void Render_Markers_LinkToTheEventOnTheTimelineAndTheDeadline()
    {
        var cut = RenderChart();

        var markers = cut.FindAll("[data-testid='chart-marker']");
        Assert.Equal(2, markers.Count);
        Assert.Equal("timeline?from=2025-02-10&to=2025-02-10&asOf=2025-06-09#event-5", markers[0].GetAttribute("href"));
        Assert.Equal("deadlines?asOf=2025-06-09#deadline-7", markers[1].GetAttribute("href"));
        var tip = cut.Find($"#{markers[1].GetAttribute("aria-labelledby")}");
        AssertSays(tip.TextContent, "12:01 a.m. EDT, April 30, 2025", "Deadline: talks due", "USA → CHN: 145%");
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
