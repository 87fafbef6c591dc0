using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTracker.E2ETests.Pages;
using TradeTracker.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

public sealed class ConflictTests(AppServer app)
{
    private const string AdminEmail = "admin@tradetracker.local";

    [Fact]
    public async Task TwoEditorsSameMeasure_SecondSaveIsRefusedThenReloadMergesAndKeepsBothChanges()
    {
        var measureId = await MeasureIdAsync("CHN-USA-PORT-FEES");
        var first = new AdminPage(await app.NewPageAsync());
        var second = new AdminPage(await app.NewPageAsync());
        await new LoginPage(first.Page).SignInAsync(AdminEmail, LoginPage.DemoPassword, "/admin");
        await new LoginPage(second.Page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");

        // Both open the same measure.
        await first.EditMeasureAsync("CHN-USA-PORT-FEES", measureId);
        await second.EditMeasureAsync("CHN-USA-PORT-FEES", measureId);

        // The first renames it and saves.
        await first.FillAsync("Name", "Special port fees on US-linked vessels (renamed)");
        await first.SaveAsync();

        // The second, unaware, adds a note and saves: refused, with who changed it.
        await second.FillAsync("Notes", "Suspended for a year from November 10, 2025.");
        await second.Page.GetByTestId("save").ClickAsync();
        await Expect(second.Page.GetByTestId("conflict")).ToContainTextAsync("admin@tradetracker.local");

        // Reload shows what the other editor changed and takes it into the form; the note typed stays.
        await second.Page.GetByTestId("reload").ClickAsync();
        await Expect(second.Page.GetByTestId("reloaded")).ToContainTextAsync("changed by the other editor");
        await Expect(second.Page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Special port fees on US-linked vessels (renamed)");
        await Expect(second.Page.GetByLabel("Notes", new() { Exact = true })).ToHaveValueAsync("Suspended for a year from November 10, 2025.");
        await second.SaveAsync();

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var stored = await db.Measures.AsNoTracking().SingleAsync(m => m.Id == measureId, TestContext.Current.CancellationToken);
        Assert.Equal("Special port fees on US-linked vessels (renamed)", stored.Name);
        Assert.Equal("Suspended for a year from November 10, 2025.", stored.Notes);
    }

    private async Task<int> MeasureIdAsync(string key)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Measures.Where(m => m.Key == key).Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
