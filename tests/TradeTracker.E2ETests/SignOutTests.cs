using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>Signing out ends the session on the server: the cookie, copied into another browser before, then shows the
/// sign-in page.</summary>
public sealed class SignOutTests(AppServer app)
{
    private const string SignInCookie = ".AspNetCore.Identity.Application";

    [Fact]
    public async Task SignOut_CookieCopiedBefore_ShowsTheSignInPageInAnotherBrowser()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword);
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == SignInCookie);
        var other = await app.NewPageAsync();
        await other.Context.AddCookiesAsync([new Cookie { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path }]);
        await other.GotoAsync("/Account/Manage");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await other.GotoAsync("/Account/Manage");

        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Contains("/Account/Login", other.Url, StringComparison.Ordinal);
    }
}
