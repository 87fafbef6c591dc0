using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>A page of the app: navigation that waits for the Blazor circuit before anything is clicked.</summary>
public abstract class BasePage(IPage page)
{
    public IPage Page { get; } = page;

    protected async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
    }

    /// <summary>The search box in the app bar, on every page.</summary>
    public ILocator AppBarSearch => Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search events, measures, deadlines and sources" });

    /// <summary>The app bar's "as of" date field.</summary>
    public ILocator AsOfDate => Page.GetByLabel("As of date");

    public ILocator Banner => Page.GetByTestId("asof-banner");

    /// <summary>Picks a day in the app bar's as-of control, as a user would.</summary>
    public Task SetAsOfAsync(string date) => AsOfDate.FillAsync(date);

    /// <summary>The banner's switch between what legally applied and what was known then.</summary>
    public ILocator KnownSwitch => Banner.GetByTestId("asof-known-switch");

    public Task BackToNowAsync() => Banner.GetByRole(AriaRole.Link, new() { Name = "Back to now" }).ClickAsync();

    public ILocator NavLink(string name) => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = name });

    /// <summary>The layout renders data-interactive="true" once the circuit is live.</summary>
    public Task WaitForInteractiveAsync() =>
        Page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
