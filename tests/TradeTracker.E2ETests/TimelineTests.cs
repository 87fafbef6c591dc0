using System.Text.RegularExpressions;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

public sealed class TimelineTests(AppServer app)
{
    [Fact]
    public async Task Search_TypedText_FiltersEntriesAndPutsTheFilterInTheUrl()
    {
        var timeline = new TimelinePage(await app.NewPageAsync());
        await timeline.OpenAsync();

        await timeline.SearchBox.FillAsync("Lancaster");

        await Expect(timeline.Page).ToHaveURLAsync(new Regex("q=Lancaster"));
        await Expect(timeline.Entries).ToHaveCountAsync(1);
        await Expect(timeline.Entries.First).ToContainTextAsync("London talks");
        await Expect(timeline.Entries.First.GetByTestId("sources")).ToContainTextAsync("Straits Times");
    }

    [Fact]
    public async Task SharedUrl_WithKindAndDates_OpensTheSameFilteredView()
    {
        var timeline = new TimelinePage(await app.NewPageAsync());
        await timeline.OpenAsync("?kind=NegotiationRound&from=2025-05-01&to=2025-06-30");

        await Expect(timeline.Entries).ToHaveCountAsync(2);
        await Expect(timeline.Entries.Nth(0)).ToContainTextAsync("London talks");
        await Expect(timeline.Entries.Nth(1)).ToContainTextAsync("Geneva talks");
    }
}
