using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

public sealed class DashboardTests(AppServer app)
{
    [Fact]
    public async Task Countdown_OnLiveDashboard_TicksWithoutReload()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();

        await Expect(dashboard.FeaturedDeadline).ToContainTextAsync("July 8 deadline");
        await Expect(dashboard.CountdownDays).ToHaveTextAsync("29");
        var first = await dashboard.CountdownSeconds.TextContentAsync();

        // The server pushes the next second over the circuit; no navigation happens.
        await Expect(dashboard.CountdownSeconds).Not.ToHaveTextAsync(first!, new() { Timeout = 5_000 });
        Assert.Equal(app.BaseUrl + "/", dashboard.Page.Url);
    }

    [Fact]
    public async Task AsOf_April10_ShowsBannerAndThe145PercentStack()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync("2025-04-10");

        await Expect(dashboard.Banner).ToContainTextAsync("April 10, 2025");
        await Expect(dashboard.HeadlineRate("USA", "CHN")).ToHaveTextAsync("145%");
        await Expect(dashboard.Rates("USA", "CHN")).ToContainTextAsync("IEEPA reciprocal tariff");
        await Expect(dashboard.HeadlineRate("CHN", "USA")).ToHaveTextAsync("84%");
    }
}
