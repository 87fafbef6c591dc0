using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The editors' recent-changes page: every change, its row named, each field before and after.</summary>
public sealed class ChangesPage(IPage page) : BasePage(page)
{
    public Task OpenAsync(string query = "") => GotoAsync("/admin/changes" + query);

    /// <summary>The changes whose row is named <paramref name="rowName"/> (newest first).</summary>
    public ILocator EntriesOf(string rowName) => Page.GetByTestId("audit-entry").Filter(new() { Has = Page.GetByTestId("audit-row").Filter(new() { HasText = rowName }) });

    /// <summary>The before and after cells of the changed field labelled <paramref name="label"/> in <paramref name="entry"/>.</summary>
    public static ILocator Field(ILocator entry, string label) =>
        entry.GetByTestId("audit-change").Filter(new() { Has = entry.Page.GetByRole(AriaRole.Rowheader, new() { Name = label, Exact = true }) }).Locator("td");
}
