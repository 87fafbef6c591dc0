using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

public sealed class DashboardPage(IPage page) : BasePage(page)
{
    public Task OpenAsync(string? asOf = null) => GotoAsync(asOf is null ? "/" : $"/?asOf={Uri.EscapeDataString(asOf)}");

    public ILocator FeaturedDeadline => Page.GetByTestId("featured-deadline");

    public ILocator CountdownSeconds => Page.GetByTestId("countdown-seconds");

    public ILocator CountdownDays => Page.GetByTestId("countdown-days");

    /// <summary>The time left that the countdown shows, read in one go so its parts belong to the same second.</summary>
    public async Task<TimeSpan> CountdownShownAsync()
    {
        var parts = await Page.GetByTestId("countdown").EvaluateAsync<int[]>(
            "timer => ['days', 'hours', 'minutes', 'seconds'].map(unit => Number(timer.querySelector(`[data-countdown-part=\"${unit}\"]`).textContent))");
        return new TimeSpan(parts[0], parts[1], parts[2], parts[3]);
    }

    /// <summary>The "Upcoming rate changes" panel and its items, soonest first.</summary>
    public ILocator UpcomingRateChanges => Page.GetByRole(AriaRole.Region, new() { Name = "Upcoming rate changes" });

    public ILocator UpcomingRateChange => UpcomingRateChanges.GetByTestId("upcoming-rate-change");

    /// <summary>The featured countdown once passed: "Passed … ago," and what it counts from.</summary>
    public ILocator CountdownPassed => FeaturedDeadline.GetByTestId("countdown-passed");

    public ILocator CountdownCountedFrom => FeaturedDeadline.GetByTestId("countdown-from");

    public ILocator AwaitingOutcome => Page.GetByTestId("awaiting-outcome");

    public ILocator Main => Page.GetByRole(AriaRole.Main);

    public ILocator HeadlineRate(string imposer, string target) => Page.GetByTestId($"rate-{imposer}-{target}").GetByTestId("headline-rate");

    public ILocator Rates(string imposer, string target) => Page.GetByTestId($"rate-{imposer}-{target}");

    /// <summary>Opens a pair's "Legal bases and sources" (closed until asked for) and answers its content.</summary>
    public async Task<ILocator> OpenLegalBasesAsync(string imposer, string target)
    {
        var bases = Rates(imposer, target).GetByTestId("layer-bases");
        await bases.Locator("summary").ClickAsync();
        return bases;
    }
}
