using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using TradeTracker.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>An editor's save reaches readers' open pages without a reload. The latency (editor's click to the reader's
/// screen changing) is written to the test output; the explicit test repeats it for the figure in docs/performance.md:
/// <c>dotnet test tests/TradeTracker.E2ETests -c Release --filter "FullyQualifiedName~LiveUpdateTests" --logger "console;verbosity=detailed" -- xUnit.Explicit=on</c>.</summary>
public sealed class LiveUpdateTests(AppServer app)
{
    /// <summary>Records, in the page, when the live-update notice first changes after this call.</summary>
    internal const string WatchNotice = """
        () => {
            const region = document.querySelector("[data-testid='live-update']");
            window.__liveAt = null;
            const before = region.textContent;
            new MutationObserver((_, observer) => {
                if (region.textContent !== before && region.textContent.includes('Updated')) { window.__liveAt = Date.now(); observer.disconnect(); }
            }).observe(region, { subtree: true, childList: true, characterData: true });
        }
        """;

    [Fact]
    public async Task EditorRenamesEvent_OpenDashboardAndTimelineShowItWithoutReload()
    {
        var (eventId, title) = await LatestEventAsync();
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();
        var timeline = new TimelinePage(await app.NewPageAsync());
        // The week of the clock's day: the timeline runs to the end of the data (December 2026), so a wider range would put
        // the event on a later page.
        await timeline.OpenAsync("?from=2025-06-02&to=2025-06-09");
        var editor = await OpenEditorAsync(eventId, title);

        var renamed = $"{title} (live {Random.Shared.Next(1000, 10_000)})";
        var latency = await SaveAndTimeAsync(editor, renamed, dashboard.Page, timeline.Page);

        await Expect(dashboard.Page.GetByTestId("latest-events")).ToContainTextAsync(renamed);
        await Expect(dashboard.Page.GetByTestId("live-update")).ToContainTextAsync($"Event changed: “{renamed}”");
        await Expect(timeline.Entries.Filter(new() { HasText = renamed })).ToHaveCountAsync(1);
        await Expect(timeline.Page.GetByTestId("live-update")).ToContainTextAsync("Event changed");
        TestContext.Current.TestOutputHelper?.WriteLine($"Live update, click to screen: dashboard {latency[0]:0} ms, timeline {latency[1]:0} ms");
    }

    [Fact(Explicit = true)]
    public async Task MeasureLatency_TwentySaves()
    {
        var (eventId, title) = await LatestEventAsync();
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();
        var editor = await OpenEditorAsync(eventId, title);

        var samples = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var name = $"{title} ({i})";
            samples.Add((await SaveAndTimeAsync(editor, name, dashboard.Page))[0]);
            await Expect(dashboard.Page.GetByTestId("latest-events")).ToContainTextAsync(name);
            await editor.EditEventAsync(name, eventId);
        }

        samples.Sort();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Live update over {samples.Count} saves, click to screen: median {samples[samples.Count / 2]:0} ms, p95 {samples[(int)(samples.Count * 0.95) - 1]:0} ms, max {samples[^1]:0} ms");
    }

    private async Task<AdminPage> OpenEditorAsync(int eventId, string title)
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);
        await admin.EditEventAsync(title, eventId);
        return admin;
    }

    /// <summary>Renames the event and saves; returns, for each reader page, the ms from the click to its notice.</summary>
    private static async Task<double[]> SaveAndTimeAsync(AdminPage editor, string title, params IPage[] readers)
    {
        foreach (var reader in readers)
        {
            await reader.EvaluateAsync(WatchNotice);
        }

        await editor.FillAsync("Title", title);
        var clickedAt = await editor.Page.EvaluateAsync<double>("Date.now()");
        await editor.SaveAsync();

        var latencies = new double[readers.Length];
        for (var i = 0; i < readers.Length; i++)
        {
            await readers[i].WaitForFunctionAsync("() => window.__liveAt !== null");
            latencies[i] = await readers[i].EvaluateAsync<double>("window.__liveAt") - clickedAt;
        }

        return latencies;
    }

    /// <summary>The newest event on the dashboard at the app's clock that no other browser test looks for.</summary>
    private async Task<(int Id, string Title)> LatestEventAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var e = await db.Events.AsNoTracking()
            .Where(e => e.StartsOn <= DateOnly.FromDateTime(AppServer.ClockStart.Date) && !e.Title.Contains("London"))
            .OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        return (e.Id, e.Title);
    }
}
