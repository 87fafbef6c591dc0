using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

public sealed class DashboardPage(IPage page) : BasePage(page)
{
    public Task OpenAsync(string? asOf = null) => GotoAsync(asOf is null ? "/" : $"/?asOf={Uri.EscapeDataString(asOf)}");

    public ILocator FeaturedDeadline => Page.GetByTestId("featured-deadline");

    public ILocator CountdownSeconds => Page.GetByTestId("countdown-seconds");

    public ILocator CountdownDays => Page.GetByTestId("countdown-days");

    public ILocator HeadlineRate(string imposer, string target) => Page.GetByTestId($"rate-{imposer}-{target}").GetByTestId("headline-rate");

    public ILocator Rates(string imposer, string target) => Page.GetByTestId($"rate-{imposer}-{target}");
}
