using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using TradeTracker.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The admin forms' pickers, found by typing.</summary>
public sealed class PickerTests(AppServer app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SourcePicker_PublisherTyped_ListsItsSourcesByAddressAndPicksOne()
    {
        var eventId = await EventIdAsync("London talks");
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);
        await admin.EditEventAsync("London talks", eventId);
        var sources = new SearchPickerControl(page, "Sources");

        await sources.TypeAsync("thompson hine");

        // Two sources of that publisher with no title: their addresses tell them apart.
        await Expect(sources.Options).ToHaveCountAsync(2);
        await Expect(sources.Options.Nth(0)).ToContainTextAsync("Thompson Hine SmartTrade");
        await Expect(sources.Options.Nth(1)).ToContainTextAsync("Thompson Hine SmartTrade");
        await Expect(sources.Options.Filter(new() { HasText = "thompsonhinesmartrade.com/2026/02/" })).ToHaveCountAsync(1);
        AccessibilityTests.AssertNoViolations(await page.RunAxe()); // the form with a picker's list open

        await sources.Options.Filter(new() { HasText = "thompsonhinesmartrade.com/2026/02/" }).ClickAsync();

        await Expect(sources.Picked).ToContainTextAsync("Thompson Hine SmartTrade");
        await Expect(sources.Picked).ToContainTextAsync("Straits Times"); // the event's own source stays
        await Expect(sources.Box).ToHaveValueAsync("");
    }

    private async Task<int> EventIdAsync(string titleStart)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.Events.Where(e => e.Title.StartsWith(titleStart)).Select(e => e.Id).SingleAsync(Ct);
    }
}
