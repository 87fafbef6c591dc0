using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

public sealed class SearchPage(IPage page) : BasePage(page)
{
    public ILocator Count => Page.GetByTestId("search-count");

    public ILocator Results => Page.GetByTestId("search-result");

    /// <summary>Words the index matched, marked in titles and snippets.</summary>
    public ILocator Marked => Results.Locator("mark");

    public Task OpenAsync(string text) => GotoAsync($"/search?q={Uri.EscapeDataString(text)}");

    /// <summary>What the page says when nothing matches, with what to change.</summary>
    public ILocator NoResults => Page.GetByTestId("search-none");

    public ILocator ResultLink(string title) => Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
}
