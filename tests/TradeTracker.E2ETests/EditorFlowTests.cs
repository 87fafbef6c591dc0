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
        await Expect(dashboard.Rates("USA", "CHN")).ToContainTextAsync("Test newsroom");
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
