using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The static sign-in form.</summary>
public sealed class LoginPage(IPage page) : BasePage(page)
{
    public const string EditorEmail = "editor@tradetracker.local";
    public const string DemoPassword = "Demo-pass-2025!";

    public async Task SignInAsync(string email, string password, string returnUrl = "/")
    {
        await Page.GotoAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The redirect committing is enough: the circuit's own marker says when the page can be used (waiting for the
        // page's load event as well timed out once on a busy box).
        await Page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await WaitForInteractiveAsync();
    }
}
