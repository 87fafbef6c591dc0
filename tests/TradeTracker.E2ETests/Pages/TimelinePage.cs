using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

public sealed class TimelinePage(IPage page) : BasePage(page)
{
    public Task OpenAsync(string query = "") => GotoAsync("/timeline" + query);

    public ILocator Entries => Page.GetByTestId("timeline-entry");

    /// <summary>The entries of one type (RateChange or Event).</summary>
    public ILocator EntriesOfType(string type) => Page.Locator($"[data-testid='timeline-entry'][data-type='{type}']");

    public ILocator Count => Page.GetByTestId("timeline-count");

    public ILocator SearchBox => Page.GetByLabel("Search text");

    /// <summary>The economy filter: a combobox that finds economies by typing.</summary>
    public SearchPickerControl Economy => new(Page, "Economy");

    /// <summary>Opens the kinds filter and ticks each kind by its label, then closes the list.</summary>
    public async Task PickKindsAsync(params string[] labels)
    {
        await Page.GetByLabel("Kinds").ClickAsync();
        foreach (var label in labels)
        {
            await Page.GetByRole(AriaRole.Option, new() { Name = label, Exact = true }).ClickAsync();
        }

        await Page.Keyboard.PressAsync("Escape");
    }

    /// <summary>What the page says when no entry matches.</summary>
    public ILocator EmptyState => Page.GetByTestId("timeline-empty");

    /// <summary>The empty state's link that clears one filter, by the filter's name ("Kind", "Economy").</summary>
    public ILocator ClearFilter(string name) => EmptyState.GetByRole(AriaRole.Link, new() { Name = $"Clear {name.ToLowerInvariant()}:" });

    public ILocator ClearAllFilters => EmptyState.GetByRole(AriaRole.Link, new() { Name = "Clear all filters" });
}
