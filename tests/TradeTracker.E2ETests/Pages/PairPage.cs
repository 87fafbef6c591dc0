using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The pair page, <c>/tariffs/{imposer}/{target}</c>: headline stack, product query and step chart.</summary>
public sealed class PairPage(IPage page) : BasePage(page)
{
    public Task OpenAsync(string imposer, string target, string query = "") => GotoAsync($"/tariffs/{imposer}/{target}{query}");

    public ILocator HeadlineRate(string imposer, string target) => Page.GetByTestId($"rate-{imposer}-{target}").GetByTestId("headline-rate");

    public ILocator ChartSvg => Page.GetByTestId("rate-chart-svg");

    public ILocator ChartMarkers => Page.GetByTestId("chart-marker");

    public ILocator ChangeRows => Page.GetByTestId("rate-change-row");

    public Task ShowTableAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();

    public Task ShowChartAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Chart" }).ClickAsync();

    public ILocator HsCode => Page.GetByLabel("HS code");

    public ILocator ProductTotal => Page.GetByTestId("product-total");

    /// <summary>"(covers 9403.60.40 and 9403.60.80 under 9403.60)" beside a layer covering only some lines of the code.</summary>
    public ILocator CoveredLines => Page.GetByTestId("covered-lines");

    /// <summary>The "Invalidated by …" labels on the measure cards.</summary>
    public ILocator Invalidations => Page.GetByTestId("measure").GetByTestId("invalidation");
}
