using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The pair page in a real browser: the product lookup first, its total and each layer's part, the schedules
/// collapsed by measure, the title, the layer bar's legend and the not-found page. The app's clock reads June 9, 2025.</summary>
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

        await pair.OpenMeasureAsync("IEEPA fentanyl tariff");

        await Expect(pair.Measure("IEEPA fentanyl tariff").GetByTestId("invalidation")).ToContainTextAsync("Invalidated by the Supreme Court");
    }

    [Fact]
    public async Task HsBox_At1366By900With7208_TheBoxAndItsAnswerAreAboveTheFold()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        var pair = new PairPage(page);
        await pair.OpenAsync("USA", "CHN", "?hs=7208");

        await Expect(pair.ProductTotal).ToHaveTextAsync("95%");
        Assert.True(await pair.HsCode.IsVisibleAsync());
        Assert.True((await pair.HsCode.BoundingBoxAsync())!.Y + (await pair.HsCode.BoundingBoxAsync())!.Height <= 900, "The HS box should be above the fold.");
        var total = (await pair.ProductTotal.BoundingBoxAsync())!;
        Assert.True(total.Y + total.Height <= 900, $"The product's total should be above the fold; it ends at {total.Y + total.Height} px.");
    }

    [Fact]
    public async Task ProductQuery_Steel7208OnJune9Of2025_SaysWhatEachLayerDoesAndTheTotal()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN", "?hs=7208");

        await Expect(pair.ProductLayer("IEEPA fentanyl tariff").GetByTestId("layer-role")).ToHaveTextAsync("Adds");
        await Expect(pair.ProductLayer("Section 232 steel (global)").GetByTestId("layer-role")).ToHaveTextAsync("Excepts");
        await Expect(pair.ProductLayer("Section 232 steel (global)")).ToContainTextAsync("takes off IEEPA reciprocal tariff");
        await Expect(pair.ProductLayer("IEEPA reciprocal tariff").GetByTestId("layer-role")).ToHaveTextAsync("Excepted");
        await Expect(pair.ProductLayer("IEEPA reciprocal tariff")).ToContainTextAsync("removed by exception Section 232 steel (global)");
        await Expect(pair.ProductSum).ToContainTextAsync("Total 95%");
        await Expect(pair.ProductQuery.GetByTestId("product-description").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Schedules_ClosedByDefault_OpenOnClickAndOnEnter()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN");
        var fentanyl = pair.Measure("IEEPA fentanyl tariff");
        var reciprocal = pair.Measure("IEEPA reciprocal tariff");
        await Expect(fentanyl.GetByTestId("measure-now")).ToHaveTextAsync("20% in force");
        await Expect(fentanyl.GetByTestId("schedule-step")).ToHaveCountAsync(0);
        await Expect(reciprocal.GetByTestId("schedule-step")).ToHaveCountAsync(0);

        await pair.OpenMeasureAsync("IEEPA fentanyl tariff");
        await reciprocal.GetByTestId("measure-summary").FocusAsync();
        await pair.Page.Keyboard.PressAsync("Enter");

        await Expect(fentanyl.GetByTestId("schedule-step").Filter(new() { HasText = "20% (in force)" })).ToBeVisibleAsync();
        await Expect(reciprocal.GetByTestId("schedule-step").First).ToBeVisibleAsync();
        await Expect(reciprocal.GetByTestId("sources").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TitleAndHeading_NameThePairAndTheSwitchLinksGoToTheOtherDirection()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN");

        await Expect(pair.Page).ToHaveTitleAsync("United States → China tariffs · TradeTracker");
        await Expect(pair.Heading).ToHaveTextAsync("United States → China tariffs");

        await pair.Page.GetByRole(AriaRole.Navigation, new() { Name = "Economy pairs" }).GetByRole(AriaRole.Link, new() { Name = "China → United States" }).ClickAsync();

        await Expect(pair.Page).ToHaveURLAsync(new Regex("/tariffs/CHN/USA$"));
        await Expect(pair.Page).ToHaveTitleAsync("China → United States tariffs · TradeTracker");
    }

    [Fact]
    public async Task LayerBar_EachSegmentsColour_IsTheSwatchBesideItsLayerInTheLegend()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN");
        var segments = pair.StackSegments("USA", "CHN");
        var swatches = pair.LegendSwatches("USA", "CHN");

        var count = await segments.CountAsync();
        Assert.True(count >= 2, "June 9, 2025 has several headline layers.");
        await Expect(swatches).ToHaveCountAsync(count);
        for (var i = 0; i < count; i++)
        {
            var colour = await Background(segments.Nth(i));
            Assert.Equal(colour, await Background(swatches.Nth(i)));
            Assert.NotEqual("rgba(0, 0, 0, 0)", colour);
            var name = Regex.Replace((await segments.Nth(i).GetAttributeAsync("title"))!, @"^\S+ ", "");
            await Expect(swatches.Nth(i).Locator("xpath=..")).ToContainTextAsync(name);
        }
    }

    [Fact]
    public async Task UnknownPair_ReachedInsideTheApp_ShowsTheNotFoundPage()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN");

        await pair.Page.EvaluateAsync("Blazor.navigateTo('/tariffs/XXX/YYY')");

        await Expect(pair.Page).ToHaveURLAsync(new Regex("/tariffs/XXX/YYY$"));
        await Expect(pair.Heading).ToHaveTextAsync("Page not found");
        await Expect(pair.Page).ToHaveTitleAsync("Page not found · TradeTracker");
    }

    private static Task<string> Background(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
