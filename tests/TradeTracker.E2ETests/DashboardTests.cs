using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

public sealed class DashboardTests(AppServer app)
{
    [Fact]
    public async Task Countdown_OnLiveDashboard_TicksWithoutReloadAndShowsTheTimeLeftByTheServersClock()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();

        await Expect(dashboard.FeaturedDeadline).ToContainTextAsync("July 8 deadline");
        await Expect(dashboard.CountdownDays).ToHaveTextAsync("29");
        var first = await dashboard.CountdownSeconds.TextContentAsync();

        // The browser ticks it (wwwroot/countdown.js); no navigation happens.
        await Expect(dashboard.CountdownSeconds).Not.ToHaveTextAsync(first!, new() { Timeout = 5_000 });
        Assert.Equal(app.BaseUrl + "/", dashboard.Page.Url);

        // The figure is the time left by the app's clock (June 2025 here), not by the browser's: 12:01 a.m. EDT, July 9.
        var shown = await dashboard.CountdownShownAsync();
        var left = new DateTimeOffset(2025, 7, 9, 0, 1, 0, TimeSpan.FromHours(-4)) - app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.InRange(shown, left - TimeSpan.FromSeconds(3), left + TimeSpan.FromSeconds(1));
    }

    /// <summary>A page the output cache kept (its answer carries Age) still starts its circuit: the component
    /// descriptors in it outlive the entry, and nothing in it belongs to the request that made it.</summary>
    [Fact]
    public async Task Dashboard_FromTheOutputCache_StartsItsCircuitAndCountsByTheServersClock()
    {
        var page = await app.NewPageAsync();

        // The cache keys by the clock's minute: of three loads, the second or the third is a kept one.
        IResponse? kept = null;
        for (var load = 0; load < 3 && kept is null; load++)
        {
            var response = await page.GotoAsync("/?cached=1");
            kept = response?.Headers.ContainsKey("age") == true ? response : null;
        }

        Assert.NotNull(kept);
        var dashboard = new DashboardPage(page);

        // Before the circuit renders, the script counts from the instant the kept page was served at; after, from the
        // circuit's render.
        await AssertCountdownByTheServersClockAsync(dashboard);
        await dashboard.WaitForInteractiveAsync();
        await AssertCountdownByTheServersClockAsync(dashboard);
    }

    private async Task AssertCountdownByTheServersClockAsync(DashboardPage dashboard)
    {
        await Expect(dashboard.CountdownDays).ToHaveTextAsync("29");
        var shown = await dashboard.CountdownShownAsync();
        var left = new DateTimeOffset(2025, 7, 9, 0, 1, 0, TimeSpan.FromHours(-4)) - app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.InRange(shown, left - TimeSpan.FromSeconds(3), left + TimeSpan.FromSeconds(1));
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

    /// <summary>A step the reference data schedules after the fixed clock (noon EDT, June 9, 2025): the Section 301 duty on
    /// cranes and cargo-handling equipment, 100% from 12:00 a.m. EST, November 9, 2025, the first of them.</summary>
    [Fact]
    public async Task UpcomingRateChanges_AtTheFixedClock_ListTheCraneDutyOfNovember9FirstWithItsCountdown()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();

        var first = dashboard.UpcomingRateChange.First;
        await Expect(first).ToContainTextAsync("12:00 a.m. EST, November 9, 2025");
        await Expect(first).ToContainTextAsync("(in 152 days)");
        await Expect(first).ToContainTextAsync("United States → China");
        await Expect(first).ToContainTextAsync("Section 301 maritime duties on cranes and cargo-handling equipment");
        await Expect(first).ToContainTextAsync("starts at 100%");
        await Expect(dashboard.UpcomingRateChange).ToHaveCountAsync(5);
        await Expect(dashboard.UpcomingRateChange.Nth(1)).ToContainTextAsync("IEEPA fentanyl tariff: falls from 20% to 10%");
    }

    [Fact]
    public async Task PassedDeadline_AsOfAfterTheExtendedDueTime_SaysWhichInstantItCountsFrom()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync("2025-08-10");

        await Expect(dashboard.CountdownPassed).ToContainTextAsync("Passed 3 days, 23 hours, 58 minutes, 59 seconds ago");
        await Expect(dashboard.CountdownCountedFrom).ToHaveTextAsync("counted from the extended due time of 12:01 a.m. EDT, August 7, 2025");
        await Expect(dashboard.FeaturedDeadline.GetByRole(AriaRole.Timer))
            .ToHaveAttributeAsync("aria-label", "Passed 3 days, 23 hours, 58 minutes, 59 seconds ago, counted from the extended due time of 12:01 a.m. EDT, August 7, 2025");
    }

    [Fact]
    public async Task AwaitingOutcome_InTheDeadlinesList_SaysWhichInstantItCountsFrom()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync("2026-12-05");

        await Expect(dashboard.AwaitingOutcome.GetByRole(AriaRole.Listitem).First).ToContainTextAsync(new Regex(@"\(passed .+ ago, counted from the due time of \d+:\d\d [ap]\.m\. .+, \w+ \d+, 20\d\d\)"));
    }

    [Theory]
    [InlineData("/?asOf=2025-06-09")]
    [InlineData("/?asOf=2025-08-10")]
    [InlineData("/deadlines")]
    public async Task Pages_ShowOnlyUsersWords_NoInternalNamesOrCodes(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);
        var text = await page.GetByRole(AriaRole.Main).InnerTextAsync();

        foreach (var internalWording in new[] { "seed", "stored sources", "reference data", "DataRelease", "AwaitingOutcome", "USA →", "→ CHN", "→ all:" })
        {
            Assert.DoesNotContain(internalWording, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
