using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

public sealed class SearchPage(IPage page) : BasePage(page)
{
    public ILocator Count => Page.GetByTestId("search-count");

    public ILocator Results => Page.GetByTestId("search-result");

    /// <summary>Words the index matched, marked in titles and snippets.</summary>
    public ILocator Marked => Results.Locator("mark");

    public ILocator ResultLink(string title) => Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
}
