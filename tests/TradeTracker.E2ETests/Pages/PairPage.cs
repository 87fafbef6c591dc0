using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The pair page, <c>/tariffs/{imposer}/{target}</c>: product query first, then the headline stack and step chart,
/// then the schedules collapsed by measure.</summary>
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

    /// <summary>The "Invalidated by …" labels on the measure cards (an open card shows its own).</summary>
    public ILocator Invalidations => Page.GetByTestId("measure").GetByTestId("invalidation");

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The product query's section: the HS box, the product's total and its layers.</summary>
    public ILocator ProductQuery => Page.GetByTestId("product-query");

    /// <summary>One layer of the product's rate, by its measure's name (the line reads "role rate name …"); its role tag
    /// says what it does to the product.</summary>
    public ILocator ProductLayer(string measure) =>
        Page.GetByTestId("product-rate-layer").Filter(new() { HasTextRegex = new Regex($@"^\s*[A-Za-z ]+?\s+[\d.]+%\s+{Regex.Escape(measure)}") });

    public ILocator ProductSum => Page.GetByTestId("product-sum");

    public ILocator Measures => Page.GetByTestId("measure");

    public ILocator Measure(string name) => Measures.Filter(new() { Has = Page.GetByTestId("measure-summary").GetByText(name, new() { Exact = true }) });

    /// <summary>Opens a measure's schedule by clicking its summary line.</summary>
    public Task OpenMeasureAsync(string name) => Measure(name).GetByTestId("measure-summary").ClickAsync();

    /// <summary>The segments of the headline stack's bar of a pair and the swatches of its legend, in order.</summary>
    public ILocator StackSegments(string imposer, string target) => Page.GetByTestId($"rate-{imposer}-{target}").GetByTestId("rate-stack").Locator("span");

    public ILocator LegendSwatches(string imposer, string target) => Page.GetByTestId($"rate-{imposer}-{target}").GetByTestId("legend-swatch");
}
