using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>What every page shares: the skip link, focus rings, the app bar on a phone, the colour theme, the favicon
/// and the 404 page.</summary>
public sealed class ShellTests(AppServer app)
{
    [Fact]
    public async Task SkipLink_FirstTab_ShowsIt_AndEnterMovesFocusIntoTheMainContent()
    {
        var shell = await OpenAsync(1366, 900, "/timeline");
        var page = shell.Page;
        await Expect(shell.SkipLink).Not.ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(shell.SkipLink).ToBeFocusedAsync();
        await Expect(shell.SkipLink).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(shell.Main).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/timeline$"));

        // The next Tab reaches the page's own content, past the app bar and the menu.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => { const main = document.querySelector('main'); return main !== document.activeElement && main.contains(document.activeElement); }"));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task FocusRing_OnAMenuLinkFromTheKeyboard_IsDrawn_AndTheHeadingFocusedAfterNavigatingHasNone(ColorScheme scheme)
    {
        var shell = await OpenAsync(1366, 900, scheme: scheme);
        var page = shell.Page;
        var timeline = shell.NavLink("Timeline");

        // Once the keyboard is in use, focus moved by script shows the ring as Tab would.
        await page.Keyboard.PressAsync("Tab");
        await timeline.FocusAsync();
        Assert.StartsWith("outline solid", await ShellPage.FocusRingAsync(timeline));

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/timeline$"));
        await Expect(shell.Heading).ToBeFocusedAsync();
        Assert.Equal("none", await ShellPage.FocusRingAsync(shell.Heading));
    }

    [Fact]
    public async Task AppBar_OnAPhone_ShowsSignInSearchAndAsOfWhollyInView_AboveThePage()
    {
        var shell = await OpenAsync(390, 844);
        var page = shell.Page;

        foreach (var control in new[] { shell.MenuButton, shell.ThemeToggle, shell.SignIn, shell.AppBarSearch, shell.AsOfDate })
        {
            await Expect(control).ToBeVisibleAsync();
            Assert.True(await shell.IsWhollyInViewportAsync(control), $"{control} is clipped at 390 px");
        }

        var bar = await page.GetByRole(AriaRole.Banner).BoundingBoxAsync();
        var heading = await shell.Heading.BoundingBoxAsync();
        Assert.True(bar!.Y + bar.Height <= heading!.Y, "the app bar covers the page's heading");

        await shell.SignIn.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task AppBar_OnAWideScreen_IsOneRow()
    {
        var shell = await OpenAsync(1366, 900);
        var page = shell.Page;

        var bar = await page.GetByRole(AriaRole.Banner).BoundingBoxAsync();
        Assert.Equal(64, bar!.Height);
        foreach (var control in new[] { shell.SignIn, shell.AppBarSearch, shell.AsOfDate, shell.ThemeToggle })
        {
            var box = await control.BoundingBoxAsync();
            Assert.InRange(box!.Y + box.Height / 2, 24, 40);
        }
    }

    [Fact]
    public async Task Menu_OnAPhone_ClosesOnEscape_AndGivesFocusBackToItsButton()
    {
        var shell = await OpenAsync(390, 844);
        var page = shell.Page;

        await shell.MenuButton.ClickAsync();
        await Expect(shell.NavLink("Timeline")).ToBeVisibleAsync();
        await shell.NavLink("Timeline").FocusAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(shell.MenuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(shell.NavLink("Timeline")).Not.ToBeVisibleAsync();
        await Expect(shell.MenuButton).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Theme_FollowsADarkSystem_AndTheToggleSwitchesIt_RememberedAcrossAReload()
    {
        var light = new ShellPage(await app.NewThemedPageAsync(ColorScheme.Light));
        await light.OpenAsync();
        Assert.Equal("light", await light.ThemeAsync());
        var lightBackground = await light.PaletteValueAsync("--mud-palette-background");

        var page = await app.NewThemedPageAsync(ColorScheme.Dark);
        var shell = new ShellPage(page);
        var html = page.Locator("html");
        await shell.OpenAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        Assert.NotEqual(lightBackground, await shell.PaletteValueAsync("--mud-palette-background"));
        await Expect(shell.ThemeToggle).ToHaveAccessibleNameAsync("Color theme: same as the system (switch to light)");

        await shell.ThemeToggle.ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");
        Assert.Equal(lightBackground, await shell.PaletteValueAsync("--mud-palette-background"));
        await Expect(shell.ThemeToggle).ToHaveAccessibleNameAsync("Color theme: light (switch to dark)");

        await page.ReloadAsync();
        await shell.WaitForInteractiveAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");
        await Expect(shell.ThemeToggle).ToHaveAccessibleNameAsync("Color theme: light (switch to dark)");

        await shell.ThemeToggle.ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        await shell.ThemeToggle.ClickAsync();
        await Expect(shell.ThemeToggle).ToHaveAccessibleNameAsync("Color theme: same as the system (switch to light)");
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
    }

    [Fact]
    public async Task Favicon_BothTheIconAndTheSvgMarkAreLinkedAndServed()
    {
        var page = await app.NewPageAsync();
        await new ShellPage(page).OpenAsync();

        foreach (var (selector, type) in new[] { ("link[rel='icon'][href='favicon.ico']", "image/x-icon"), ("link[rel='icon'][type='image/svg+xml']", "image/svg+xml") })
        {
            var href = await page.Locator(selector).GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync("/" + href);
            Assert.Equal(200, response.Status);
            Assert.Equal(type, response.Headers["content-type"]);
        }
    }

    [Theory]
    [InlineData("/no-such-page?from=a-typo")]
    [InlineData("/economies/CHN/extra")]
    public async Task UnknownAddress_Answers404_WithAPageNamingItAndTheWaysOn(string path)
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(404, response!.Status);
        var shell = new ShellPage(page);
        await shell.WaitForInteractiveAsync();

        await Expect(page).ToHaveTitleAsync("Page not found · TradeTracker");
        await Expect(shell.Heading).ToHaveTextAsync("Page not found");
        await Expect(shell.Main).ToContainTextAsync(path);
        foreach (var name in new[] { "Dashboard", "Tariffs", "Timeline", "Search" })
        {
            await Expect(shell.Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await shell.Main.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/timeline$"));
        await Expect(shell.Heading).ToHaveTextAsync(new Regex("Timeline"));
    }

    private async Task<ShellPage> OpenAsync(int width, int height, string path = "/", ColorScheme scheme = ColorScheme.Light)
    {
        var page = await app.NewThemedPageAsync(scheme);
        await page.SetViewportSizeAsync(width, height);
        var shell = new ShellPage(page);
        await shell.OpenAsync(path);
        return shell;
    }
}
