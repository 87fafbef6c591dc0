using System.Text.RegularExpressions;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The pair page's product total and its measure cards in a real browser.</summary>
public sealed class PairPageTests(AppServer app)
{
    [Fact]
    public async Task ProductQuery_WoodenFurnitureAsOfApril10Of2025_Totals170PercentAndNamesTheList3Lines()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN", "?asOf=2025-04-10");

        await pair.HsCode.FillAsync("9403.60");
        await pair.HsCode.PressAsync("Enter");

        await Expect(pair.Page).ToHaveURLAsync(new Regex(@"hs=9403\.60"));
        await Expect(pair.ProductTotal).ToHaveTextAsync("170%");
        await Expect(pair.CoveredLines.First).ToContainTextAsync("covers 9403.60.40 and 9403.60.80 under 9403.60");
    }

    [Fact]
    public async Task MeasureCards_AsOfFebruary1Of2026_SayTheIeepaLayersWereInvalidated()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN", "?asOf=2026-02-01");

        await Expect(pair.Invalidations.First).ToContainTextAsync("Invalidated by the Supreme Court");
    }
}
