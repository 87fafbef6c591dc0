using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

public sealed class TimelinePage(IPage page) : BasePage(page)
{
    public Task OpenAsync(string query = "") => GotoAsync("/timeline" + query);

    public ILocator Entries => Page.GetByTestId("timeline-entry");

    public ILocator Count => Page.GetByTestId("timeline-count");

    public ILocator SearchBox => Page.GetByLabel("Search text");
}
