using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The step chart on a page (the first one: the pair page has one, the economy page one per partner), with the
/// pair page's range links above it.</summary>
public sealed class RateChartPanel(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Root => Page.GetByTestId("rate-chart").First;

    /// <summary>The chart's legend, filters, plot, markers and axis (absent in the table view).</summary>
    public ILocator View => Root.GetByTestId("rate-chart-view");

    public ILocator Steps => Root.GetByTestId("chart-step");

    /// <summary>The step that has the keyboard focus, if any.</summary>
    public ILocator FocusedStep => Root.Locator("[data-testid='chart-step']:focus");

    public ILocator Tooltip(ILocator stepOrMarker) => stepOrMarker.GetByTestId("chart-tip");

    /// <summary>The markers of one group: talks, announcements, court-rulings or deadlines.</summary>
    public ILocator Markers(string group) => Root.Locator($"[data-testid='chart-marker'][data-group='{group}']");

    /// <summary>The checkbox that shows or hides a marker group, by its name ("Announcements").</summary>
    public ILocator MarkerFilter(string name) => Root.GetByRole(AriaRole.Checkbox, new() { Name = name });

    public ILocator ChartButton => Root.GetByRole(AriaRole.Button, new() { Name = "Chart" });

    public ILocator RangeLink(string name) =>
        Page.GetByTestId("chart-ranges").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator LatestRate(string direction) => Root.GetByTestId($"legend-{direction}");

    /// <summary>Presses Tab from the Chart button until a step has the focus and its tooltip contains
    /// <paramref name="text"/> (at most <paramref name="presses"/> presses); returns that step.</summary>
    public async Task<ILocator> TabToStepAsync(string text, int presses = 20)
    {
        await ChartButton.FocusAsync();
        for (var i = 0; i < presses; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await FocusedStep.CountAsync() == 1 && (await FocusedStep.TextContentAsync())!.Contains(text, StringComparison.Ordinal))
            {
                return FocusedStep;
            }
        }

        throw new InvalidOperationException($"No step with '{text}' was reached in {presses} presses of Tab.");
    }
}
