using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The app's shell around every page: skip link, app bar, theme toggle and the 404 page.</summary>
public sealed class ShellPage(IPage page) : BasePage(page)
{
    public Task OpenAsync(string path = "/") => GotoAsync(path);

    public ILocator SkipLink => Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });

    public ILocator Main => Page.GetByRole(AriaRole.Main);

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator SignIn => Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in" });

    public ILocator MenuButton => Page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });

    /// <summary>The toggle's name says the choice in force (its other choices are hidden, so they name nothing).</summary>
    public ILocator ThemeToggle => Page.GetByTestId("theme-toggle");

    /// <summary>"light" or "dark": what the page is painted in.</summary>
    public Task<string?> ThemeAsync() => Page.Locator("html").GetAttributeAsync("data-theme");

    /// <summary>The value a MudBlazor palette variable takes on the page.</summary>
    public Task<string> PaletteValueAsync(string name) =>
        Page.EvaluateAsync<string>("name => getComputedStyle(document.body).getPropertyValue(name).trim()", name);

    /// <summary>What a focus ring draws on an element: its outline, or its box shadow when it has no outline.</summary>
    public static Task<string> FocusRingAsync(ILocator element) =>
        element.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? `outline ${s.outlineStyle} ${s.outlineWidth}` : s.boxShadow; }");

    /// <summary>Whether the element lies wholly inside the viewport (not clipped off an edge).</summary>
    public async Task<bool> IsWhollyInViewportAsync(ILocator element)
    {
        var box = await element.BoundingBoxAsync();
        var viewport = Page.ViewportSize!;
        return box is not null && box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height;
    }
}
