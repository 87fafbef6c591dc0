using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using TradeTracker.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

public sealed class EditorFlowTests(AppServer app)
{
    [Fact]
    public async Task EditorAddsRateStep_SeesItOnTimelineAndInDashboardRates()
    {
        var (measureId, openStepId) = await SeededReciprocalAsync();
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        // End the open 10% reciprocal step at 12:01 a.m. EDT on June 1, 2025 ...
        await admin.EditMeasureAsync("USA-CHN-IEEPA-RECIPROCAL", measureId, matches: 3); // and its electronics and Annex II exceptions
        await admin.EditStepAsync(openStepId);
        await admin.FillAsync("Ends at (date)", "2025-06-01");
        await admin.FillAsync("End time (HH:mm)", "00:01");
        await admin.SaveAsync();

        // ... and add a 20% step from that instant.
        await admin.AddStepAsync();
        await admin.FillAsync("Rate (%)", "20");
        await admin.FillAsync("In force from (date)", "2025-06-01");
        await admin.FillAsync("From time (HH:mm)", "00:01");
        await admin.FillAsync("Announced on", "2025-05-30");
        await admin.AddNewSourceAsync("Test newsroom", "Reciprocal rate on China raised to 20%", "https://example.org/reciprocal-20");
        await admin.SaveAsync();

        var timeline = new TimelinePage(page);
        await timeline.OpenAsync("?kind=RateChange&from=2025-06-01&to=2025-06-01");
        await Expect(timeline.Entries.First).ToContainTextAsync("IEEPA reciprocal tariff: 20%");
        await Expect(timeline.Entries.First).ToContainTextAsync("June 1, 2025");
        await Expect(timeline.Entries.First.GetByTestId("sources")).ToContainTextAsync("Test newsroom");

        // The app's clock stands at June 9, 2025: 20% fentanyl + 20% reciprocal.
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync();
        await Expect(dashboard.HeadlineRate("USA", "CHN")).ToHaveTextAsync("40%");
        await Expect(await dashboard.OpenLegalBasesAsync("USA", "CHN")).ToContainTextAsync("Test newsroom");
    }

    [Fact]
    public async Task EditorSavesInvalidStep_SeesTheMessageAndNothingIsSaved()
    {
        var (measureId, _) = await SeededReciprocalAsync();
        var stepsBefore = await StepCountAsync();
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        await admin.EditMeasureAsync("USA-CHN-IEEPA-RECIPROCAL", measureId, matches: 3); // and its electronics and Annex II exceptions
        await admin.AddStepAsync();
        await admin.FillAsync("Rate (%)", "1200");
        await admin.FillAsync("In force from (date)", "2030-01-01");
        await page.GetByTestId("save").ClickAsync();

        await Expect(admin.ValidationSummary).ToContainTextAsync("between 0 and 1000");
        await Expect(admin.ValidationSummary).ToContainTextAsync("at least one source");
        Assert.Equal(stepsBefore, await StepCountAsync());
    }

    /// <summary>The confirmation is a MudBlazor dialog: its provider is on the admin pages (AdminLayout), not in the
    /// layout every page keeps, and this shows it is there.</summary>
    [Fact]
    public async Task EditorAsksToDeleteAMeasure_IsAskedFirst_AndCancelKeepsIt()
    {
        var (measureId, _) = await SeededReciprocalAsync();
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        await admin.AskToDeleteMeasureAsync("USA-CHN-IEEPA-RECIPROCAL", measureId, matches: 3);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Readers will no longer see it");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByTestId($"delete-measure-{measureId}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EditorClicksEditFarDownTheList_FormOpensInViewWithFocus_AndEscapeHandsFocusBack()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        var edit = admin.MeasureRows.Last.GetByTestId(new Regex("^edit-measure-"));
        await edit.ClickAsync();

        var form = admin.Form(new Regex("^Edit measure "));
        await Expect(form).ToBeInViewportAsync();
        await Expect(form.GetByLabel("Key", new() { Exact = true })).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(form).ToHaveCountAsync(0);
        await Expect(edit).ToBeFocusedAsync();
    }

    [Fact]
    public async Task EditorEndsTheCurrentStepAndAddsANewOne_BothAreSaved_AndTheTimelineShowsTheNewRate()
    {
        var (measureId, currentId) = await OpenStepAsync("CHN-USA-2025-COAL-LNG");
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        // China's 15% on US coal and LNG ends at 12:01 a.m. Beijing time on June 5, 2025, when 25% takes over.
        await admin.EditMeasureAsync("CHN-USA-2025-COAL-LNG", measureId);
        await admin.EndAndAddAsync();
        await Expect(page.GetByLabel("New rate (%)", new() { Exact = true })).ToBeFocusedAsync();
        await admin.FillAsync("New rate (%)", "25");
        await admin.FillAsync("Takes effect on", "2025-06-05");
        await admin.FillAsync("At time (HH:mm)", "00:01");
        await admin.AddNewSourceAsync("Test newsroom", "China raises its duty on US coal and LNG to 25%", "https://example.org/coal-25");
        await admin.SaveAsync("Step ended and new step added");

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var steps = await db.RateSteps.AsNoTracking().Where(s => s.TariffMeasureId == measureId).ToListAsync(TestContext.Current.CancellationToken);
            var ended = steps.Single(s => s.Id == currentId);
            var added = steps.Single(s => s.RatePercent == 25m);
            var takeover = new DateTimeOffset(2025, 6, 5, 0, 1, 0, TimeSpan.FromHours(8));
            Assert.Equal(takeover, ended.InForceUntil);
            Assert.Equal(takeover, added.InForceFrom);
            Assert.Null(added.InForceUntil);
        }

        var timeline = new TimelinePage(page);
        await timeline.OpenAsync("?kind=RateChange&from=2025-06-05&to=2025-06-05");
        await Expect(timeline.Entries.First).ToContainTextAsync("coal and LNG: 25%");
        await Expect(timeline.Entries.First).ToContainTextAsync("June 5, 2025");
    }

    [Fact]
    public async Task EditorEndsTheCurrentStepBeforeItStarted_SeesWhyAndNothingChanges()
    {
        var (measureId, currentId) = await OpenStepAsync("CHN-USA-2025-CRUDE-MACHINERY");
        var stepsBefore = await StepCountAsync();
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        await admin.EditMeasureAsync("CHN-USA-2025-CRUDE-MACHINERY", measureId);
        await admin.EndAndAddAsync();
        await admin.FillAsync("New rate (%)", "15");
        await admin.FillAsync("Takes effect on", "2025-01-01");
        await page.GetByTestId("save").ClickAsync();

        await Expect(admin.ValidationSummary).ToContainTextAsync("must take effect after the 10% step it ends");
        await Expect(page.GetByLabel("New rate (%)", new() { Exact = true })).ToHaveValueAsync("15");
        Assert.Equal(stepsBefore, await StepCountAsync());
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Null((await db.RateSteps.AsNoTracking().SingleAsync(s => s.Id == currentId, TestContext.Current.CancellationToken)).InForceUntil);
    }

    [Fact]
    public async Task EditorOpensAdmin_RecentChangesAreCollapsed_AndTheTabsAreInView()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        var allChanges = admin.RecentChanges.GetByRole(AriaRole.Link, new() { Name = "All recent changes" });
        await Expect(allChanges).ToBeHiddenAsync();
        await Expect(admin.Tab("measures")).ToBeInViewportAsync();
        await Expect(admin.Tab("archive")).ToBeInViewportAsync();

        await admin.RecentChanges.GetByText("Your recent changes").ClickAsync();
        await Expect(allChanges).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EditorOnAPhone_SeesEachRowsActionsWithoutScrollingSideways()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);

        var row = admin.MeasureRows.Last;
        await row.ScrollIntoViewIfNeededAsync();
        foreach (var part in new[] { row, row.GetByTestId(new Regex("^edit-measure-")), row.GetByTestId(new Regex("^delete-measure-")) })
        {
            var box = await part.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.X, 0, 390);
            Assert.InRange(box.X + box.Width, 0, 390);
        }
    }

    private async Task<(int MeasureId, int CurrentStepId)> OpenStepAsync(string key)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var measure = await db.Measures.AsNoTracking().Include(m => m.Steps).SingleAsync(m => m.Key == key, TestContext.Current.CancellationToken);
        return (measure.Id, measure.Steps.Single(s => s.InForceUntil == null && !s.NeverApplied).Id);
    }

    private async Task<(int MeasureId, int OpenStepId)> SeededReciprocalAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var measure = await db.Measures.AsNoTracking().Include(m => m.Steps).SingleAsync(m => m.Key == "USA-CHN-IEEPA-RECIPROCAL", TestContext.Current.CancellationToken);
        return (measure.Id, measure.Steps.Single(s => s.ReferenceId == "M039").Id);
    }

    private async Task<int> StepCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.RateSteps.CountAsync(TestContext.Current.CancellationToken);
    }
}
