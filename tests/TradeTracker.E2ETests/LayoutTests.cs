using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The app's shell: the menu drawer beside the page on a wide screen, over it on a narrow one, in CSS (no
/// JS watches the window), with a menu button that says whether the menu is shown.</summary>
public sealed class LayoutTests(AppServer app)
{
    [Fact]
    public async Task Menu_OnAPhone_StartsClosed_OpensFromTheKeyboard_AndClosesOnTheOverlayAndOnNavigation()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync();
        // The wide screen's button is display:none here, so this is the only one a user (or a screen reader) finds.
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });

        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(dashboard.NavLink("Timeline")).Not.ToBeVisibleAsync();

        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(dashboard.NavLink("Timeline")).ToBeVisibleAsync();

        // A tap on the page beside the menu closes it.
        await page.Mouse.ClickAsync(360, 500);
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(dashboard.NavLink("Timeline")).Not.ToBeVisibleAsync();

        // Following one of its links closes it too: the page chosen is in view.
        await menu.ClickAsync();
        await dashboard.NavLink("Timeline").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/timeline$"));
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(dashboard.NavLink("Timeline")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task Menu_OnAWideScreen_IsOpenBesideThePage_UntilClosed()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync();
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });

        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(dashboard.NavLink("Timeline")).ToBeVisibleAsync();

        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(dashboard.NavLink("Timeline")).Not.ToBeVisibleAsync();

        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(dashboard.NavLink("Timeline")).ToBeVisibleAsync();
    }
}
