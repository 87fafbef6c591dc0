using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The step chart in a real browser: tooltips by keyboard, marker groups shown and hidden, the range in force,
/// and a phone's width. The app's clock reads noon EDT, June 9, 2025.</summary>
public sealed class ChartTests(AppServer app)
{
    private const string AprilToMay = "/tariffs/USA/CHN?from=2025-04-01&to=2025-05-31";

    private async Task<RateChartPanel> OpenAsync(string path, int width = 1366, int height = 900)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(path);
        await page.Locator("[data-interactive='true']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        return new RateChartPanel(page);
    }

    [Fact]
    public async Task TabToAStep_April10_ShowsItsDateRatesAndWhatChanged()
    {
        var chart = await OpenAsync(AprilToMay);
        await Expect(chart.Tooltip(chart.Steps.First)).ToBeHiddenAsync();

        var step = await chart.TabToStepAsync("April 10, 2025");

        var tip = chart.Tooltip(step);
        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToContainTextAsync("12:01 a.m. EDT, April 10, 2025");
        await Expect(tip).ToContainTextAsync("USA → CHN: 145%");
        await Expect(tip).ToContainTextAsync("CHN → USA: 84%");
        await Expect(tip).ToContainTextAsync("IEEPA reciprocal tariff 84% → 125%");
    }

    [Fact]
    public async Task MarkerFilter_UncheckAnnouncements_HidesThatGroupOnly()
    {
        var chart = await OpenAsync(AprilToMay);
        await Expect(chart.Markers("announcements").First).ToBeVisibleAsync();
        await Expect(chart.Markers("talks").First).ToBeVisibleAsync();

        await chart.MarkerFilter("Announcements").UncheckAsync();

        await Expect(chart.Markers("announcements").First).ToBeHiddenAsync();
        await Expect(chart.Markers("talks").First).ToBeVisibleAsync();

        await chart.MarkerFilter("Announcements").CheckAsync();
        await Expect(chart.Markers("announcements").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FocusAMarker_GenevaTalks_ShowsItsTitleAndTheRatesThen()
    {
        var chart = await OpenAsync(AprilToMay);
        var marker = chart.Markers("talks").Filter(new() { HasText = "Geneva talks" });

        await marker.FocusAsync();

        await Expect(chart.Tooltip(marker)).ToBeVisibleAsync();
        await Expect(chart.Tooltip(marker)).ToContainTextAsync("May 10, 2025");
        await Expect(chart.Tooltip(marker)).ToContainTextAsync("USA → CHN: 145%");
    }

    [Fact]
    public async Task RangeLinks_TheRangeInForce_HasAriaCurrentAndFollowsAClick()
    {
        var chart = await OpenAsync(AprilToMay);
        await Expect(chart.RangeLink("April–May 2025")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(chart.RangeLink("2025 to now")).Not.ToHaveAttributeAsync("aria-current", "true");

        await chart.RangeLink("2025 to now").ClickAsync();

        await Expect(chart.RangeLink("2025 to now")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(chart.RangeLink("April–May 2025")).Not.ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task Phone390_PairPage_ChartAndItsLatestRatesEndInsideTheViewport()
    {
        var chart = await OpenAsync("/tariffs/USA/CHN", 390, 844);
        await chart.View.ScrollIntoViewIfNeededAsync();

        var box = await chart.View.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The chart spans {box.X} to {box.X + box.Width} px of 390.");
        Assert.True(await chart.View.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "The chart scrolls sideways.");
        var latest = await chart.LatestRate("forward").BoundingBoxAsync();
        Assert.True(latest!.X + latest.Width <= 390, $"The latest rate ends at {latest.X + latest.Width} px of 390.");
    }
}
