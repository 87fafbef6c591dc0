using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

public sealed class SearchTests(AppServer app)
{
    [Fact]
    public async Task AppBarSearch_FromTheDashboard_ShowsHighlightedResultsThatOpen()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();

        await dashboard.AppBarSearch.FillAsync("Geneva");
        await dashboard.AppBarSearch.PressAsync("Enter");

        var search = new SearchPage(dashboard.Page);
        await Expect(search.Page).ToHaveURLAsync(new Regex(@"/search\?q=Geneva$"));
        await Expect(search.Count).ToContainTextAsync("for “Geneva”");
        await Expect(search.Marked.First).ToHaveTextAsync("Geneva");
        await search.ResultLink("Geneva talks").ClickAsync();

        var timeline = new TimelinePage(search.Page);
        await Expect(timeline.Page).ToHaveURLAsync(new Regex(@"/timeline\?from=2025-05-10&to=2025-05-10"));
        await Expect(timeline.Entries.First).ToContainTextAsync("Geneva talks");
    }
}
