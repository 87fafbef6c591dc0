using Microsoft.Playwright;

namespace TradeTracker.E2ETests;

/// <summary>A page whose browser reports the system's colour scheme as light or dark, as an operating system set to
/// either would (the app follows it until the user picks a theme).</summary>
internal static class ThemedPages
{
    public static async Task<IPage> NewThemedPageAsync(this AppServer app, ColorScheme scheme)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "en-US", ColorScheme = scheme });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }
}
