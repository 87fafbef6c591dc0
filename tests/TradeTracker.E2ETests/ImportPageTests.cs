using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTracker.E2ETests.Pages;
using TradeTracker.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>/admin/import in the browser: paste or upload, preview every row, commit all or nothing, download. The
/// events it saves are dated 1990, before the seeded story, so they stay out of the other tests' timelines.</summary>
public sealed class ImportPageTests(AppServer app)
{
    private const string EventHeader = "id,date,kind,title,summary,economies,source_publisher,source_title,source_url";

    private static string NewId() => "EV-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private async Task<ImportPage> OpenAsEditorAsync()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin/import");
        return new ImportPage(page);
    }

    [Fact]
    public async Task EditorPreviewsWithNothingPasted_IsToldWhatToDoAndThePageKeepsWorking()
    {
        var import = await OpenAsEditorAsync();

        await import.Page.GetByTestId("import-preview").ClickAsync();

        await Expect(import.Result).ToContainTextAsync("Choose a CSV file or paste CSV text first.");
        await import.Text.FillAsync(EventHeader + $"\n{NewId()},1990-01-10,statement,Statement,Said.,USA,Wire,,https://example.org/empty-first");
        await import.PreviewAsync();
        await Expect(import.Problems).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EditorPastesCsvWithBadRows_SeesEachRowsErrorAndCannotCommit()
    {
        var good = NewId();
        var import = await OpenAsEditorAsync();
        await import.Text.FillAsync(string.Join("\n",
            EventHeader,
            $"{good},1990-01-10,statement,Statement {good},Said.,USA;CHN,Wire,,https://example.org/{good}",
            $"{NewId()},10 January 1990,statement,Bad date,Said.,USA,Wire,,https://example.org/{good}",
            $"{NewId()},1990-01-11,statement,Bad economy,Said.,USA;XXX,Wire,,https://example.org/{good}"));

        await import.PreviewAsync();

        await Expect(import.Rows).ToHaveCountAsync(2);
        await Expect(import.Rows.Nth(0)).ToContainTextAsync("date: '10 January 1990' is not a date");
        await Expect(import.Rows.Nth(1)).ToContainTextAsync("economies: 'XXX' is not a known economy");
        await Expect(import.Result).ToContainTextAsync("2 rows have errors");
        await Expect(import.Commit).ToBeDisabledAsync();
        Assert.Equal(0, await CountEventsAsync(good));
    }

    [Fact]
    public async Task EditorPreviewsTwoRowsWithTwoProblemsEach_SeesAllFourByRowAndColumnAtOnce()
    {
        var (a, b) = (NewId(), NewId());
        var import = await OpenAsEditorAsync();
        await import.Text.FillAsync(string.Join("\n",
            EventHeader,
            $"{a},10 January 1990,statement,Bad date and economy,Said.,USA;XXX,Wire,,https://example.org/{a}",
            $"{b},1990-01-11,party,Bad kind and address,Said.,USA,Wire,,not-a-url"));

        await import.PreviewAsync();

        await Expect(import.Rows).ToHaveCountAsync(2);
        await Expect(import.Problems).ToHaveCountAsync(4);
        await Expect(import.ProblemsOf(0)).ToHaveTextAsync([
            new System.Text.RegularExpressions.Regex("^Error: date: '10 January 1990' is not a date"),
            new System.Text.RegularExpressions.Regex("^Error: economies: 'XXX' is not a known economy"),
        ]);
        await Expect(import.ProblemsOf(1)).ToHaveTextAsync([
            new System.Text.RegularExpressions.Regex("^Error: kind: 'party' is not an event kind"),
            new System.Text.RegularExpressions.Regex("^Error: source_url: line 1: 'not-a-url'"),
        ]);
        await Expect(import.Result).ToContainTextAsync("2 rows have errors (4 problems, every one listed below)");
        await Expect(import.Commit).ToBeDisabledAsync();
    }

    [Fact]
    public async Task EditorUploadsGoodFile_CommitsIt_SeesTheResultAndTheRowsAreSaved()
    {
        var ids = new[] { NewId(), NewId() };
        var import = await OpenAsEditorAsync();
        await import.UploadAsync("events.csv", string.Join("\n",
            EventHeader,
            $"{ids[0]},1990-01-10,statement,Statement {ids[0]},Said.,USA;CHN,Wire,Statement,https://example.org/{ids[0]}",
            $"{ids[1]},1990-01-11,statement,Statement {ids[1]},Said.,CHN,Wire,Statement,https://example.org/{ids[1]}"));
        await Expect(import.Page.GetByTestId("import-file-name")).ToContainTextAsync("events.csv");

        await import.PreviewAsync();
        await Expect(import.Rows).ToHaveCountAsync(2);
        await Expect(import.Commit).ToBeEnabledAsync();
        await import.Commit.ClickAsync();

        await Expect(import.Result).ToContainTextAsync("Saved: 2 events added, 0 updated, 0 unchanged");
        await Expect(import.Commit).ToBeDisabledAsync();
        Assert.Equal(1, await CountEventsAsync(ids[0]));
        Assert.Equal(1, await CountEventsAsync(ids[1]));

        // The same file again: everything is already stored.
        await import.PreviewAsync();
        await Expect(import.Result).ToContainTextAsync("Every row is already stored");
        await Expect(import.Commit).ToBeDisabledAsync();
    }

    [Fact]
    public async Task EditorExportsDeadlines_DownloadsTheCsv()
    {
        var import = await OpenAsEditorAsync();

        var download = await import.Page.RunAndWaitForDownloadAsync(() => import.Page.GetByTestId("export-deadlines").ClickAsync());

        Assert.StartsWith("tradetracker-deadlines-", download.SuggestedFilename);
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path!, TestContext.Current.CancellationToken);
        Assert.StartsWith("external_id,due,time_zone,title", lines[0]);
    }

    [Fact]
    public async Task AxeScan_ImportPageWithAPreviewOfDeadlines_FindsNoViolations()
    {
        var import = await OpenAsEditorAsync();
        await import.ChooseKindAsync("Deadlines");
        await import.Text.FillAsync("id,due,title,what_happens,source_url\nD001,2018-07-06,Already stored,Something.,https://example.org/x");
        await import.PreviewAsync();
        await Expect(import.Rows).ToHaveCountAsync(1);

        var result = await import.Page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }

    private async Task<int> CountEventsAsync(string referenceId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Events.CountAsync(e => e.ReferenceId == referenceId, TestContext.Current.CancellationToken);
    }
}
