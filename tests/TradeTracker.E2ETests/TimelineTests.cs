using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
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

    [Fact]
    public async Task EconomyFilter_ChinThenEnter_PicksChina()
    {
        var timeline = new TimelinePage(await app.NewPageAsync());
        await timeline.OpenAsync();

        await timeline.Economy.TypeAsync("Chin");
        await timeline.Economy.Box.PressAsync("Enter");

        await Expect(timeline.Page).ToHaveURLAsync(new Regex("economy=CHN"));
        await Expect(timeline.Economy.Box).ToHaveValueAsync("China (CHN)");
        await Expect(timeline.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Timeline: China");
    }

    [Fact]
    public async Task KindFilter_TwoKindsPicked_ShowsBothKindsAndNoOther()
    {
        var timeline = new TimelinePage(await app.NewPageAsync());
        await timeline.OpenAsync("?from=2025-05-01&to=2025-06-30");

        await timeline.PickKindsAsync("Rate changes", "Negotiation round");

        await Expect(timeline.Page).ToHaveURLAsync(new Regex("kind=RateChange&kind=NegotiationRound"));
        await Expect(timeline.EntriesOfType("Event")).ToHaveCountAsync(2); // the Geneva and London talks, no other event
        await Expect(timeline.EntriesOfType("Event").Filter(new() { HasText = "Negotiation round" })).ToHaveCountAsync(2);
        await Expect(timeline.EntriesOfType("RateChange").First).ToBeVisibleAsync();
        Assert.Equal(await timeline.Entries.CountAsync(), await timeline.EntriesOfType("Event").CountAsync() + await timeline.EntriesOfType("RateChange").CountAsync());
        await Expect(timeline.Page).ToHaveTitleAsync("Timeline (filtered) · TradeTracker"); // too many filters to name in a title
    }

    [Fact]
    public async Task EmptyResult_SaysWhichFiltersToClear_AndClearingOneShowsEntries()
    {
        var timeline = new TimelinePage(await app.NewPageAsync());
        await timeline.OpenAsync("?kind=CourtRuling&q=Lancaster");

        await Expect(timeline.EmptyState).ToContainTextAsync("No entries match these filters");
        await Expect(timeline.EmptyState).ToContainTextAsync("Kind: Court ruling");
        await Expect(timeline.EmptyState).ToContainTextAsync("Text: “Lancaster”");
        await Expect(timeline.Count).ToHaveCountAsync(0);
        AccessibilityTests.AssertNoViolations(await timeline.Page.RunAxe());

        await timeline.ClearFilter("Kind").ClickAsync();

        await Expect(timeline.Entries).ToHaveCountAsync(1);
        await Expect(timeline.Entries.First).ToContainTextAsync("London talks");
        await Expect(timeline.Page).Not.ToHaveURLAsync(new Regex("kind="));
    }

    [Fact]
    public async Task EmptyResult_ClearAllFilters_ShowsTheWholeTimeline()
    {
        var timeline = new TimelinePage(await app.NewPageAsync());
        await timeline.OpenAsync("?economy=NAM&kind=CourtRuling&from=2025-01-01");

        await timeline.ClearAllFilters.ClickAsync();

        await Expect(timeline.EmptyState).ToHaveCountAsync(0);
        await Expect(timeline.Entries.First).ToBeVisibleAsync();
        await Expect(timeline.Page).ToHaveURLAsync(new Regex("/timeline$"));
        await Expect(timeline.Page).ToHaveTitleAsync("Timeline · TradeTracker");
    }
}
