using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTracker.E2ETests.Pages;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>History and live notices as people read them: fields by their labels, linked rows by their names, times on
/// a clock with its zone, no change that changed nothing, and notices that name the measure. The measure these tests
/// add is New Zealand's on Iceland, with steps in 1991, out of the way of the other tests' pages.</summary>
public sealed class HistoryTests(AppServer app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly ClaimsPrincipal Editor = new(new ClaimsIdentity(
    [
        new(ClaimTypes.Name, LoginPage.EditorEmail),
        new(ClaimTypes.Role, Roles.Editor),
    ], "test"));

    [Fact]
    public async Task EditedStep_ChangesPageShowsLabelsNamesAndLocalTimesAndNoNoOpChange()
    {
        var (measure, source) = await CreateMeasureAsync();
        var steps = app.Services.GetRequiredService<RateStepEditor>();
        var input = StepInput(measure.Id, source.Id, 10m);
        var step = await steps.CreateAsync(Editor, input, Ct);
        input.RatePercent = 20m;
        input.UntilDate = new DateOnly(1991, 8, 1);
        step = await steps.UpdateAsync(Editor, step.Id, step.Version, input, Ct);
        // Saved again as it stands, the rate written 20.0: not a change.
        input.RatePercent = 20.0m;
        await steps.UpdateAsync(Editor, step.Id, step.Version, input, Ct);

        var changes = new ChangesPage(await app.NewPageAsync());
        await new LoginPage(changes.Page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin/changes?kind=rate-step");
        await changes.WaitForInteractiveAsync();

        var entries = changes.EntriesOf(measure.Name);
        await Expect(entries).ToHaveCountAsync(2);
        var changed = entries.Nth(0);
        await Expect(changed.GetByTestId("audit-row")).ToHaveTextAsync($"Rate step: {measure.Name}: 20% from July 9, 1991");
        await Expect(changed).ToContainTextAsync($"Changed by {LoginPage.EditorEmail}");
        // The audit instant on the display clock, its zone named (the app's clock is June 9, 2025, 12:00 EDT).
        await Expect(changed).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{1,2}:\d\d [ap]\.m\. EDT, June 9, 2025"));
        await Expect(ChangesPage.Field(changed, "Rate")).ToHaveTextAsync(["10%", "20%"]);
        await Expect(ChangesPage.Field(changed, "In force until")).ToHaveTextAsync(["—", "12:00 a.m. EDT, August 1, 1991"]);
        await Expect(changed).Not.ToContainTextAsync("InForceUntil");
        var created = entries.Nth(1);
        await Expect(created).ToContainTextAsync("Added by");
        await Expect(ChangesPage.Field(created, "Measure")).ToHaveTextAsync(["—", measure.Name]);
        await Expect(ChangesPage.Field(created, "In force from")).ToHaveTextAsync(["—", "12:01 a.m. EDT, July 9, 1991"]);
        await Expect(ChangesPage.Field(created, "Sources")).ToHaveTextAsync(["—", $"{source.Publisher}: {source.Title}"]);
        await Expect(created).Not.ToContainTextAsync("TariffMeasureId");
    }

    [Fact]
    public async Task StepAdded_NoticeOnAnOpenDashboardNamesTheMeasureRateAndStart()
    {
        var (measure, source) = await CreateMeasureAsync();
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();

        await app.Services.GetRequiredService<RateStepEditor>().CreateAsync(Editor, StepInput(measure.Id, source.Id, 20m), Ct);

        var notice = dashboard.Page.GetByTestId("live-update");
        await Expect(notice).ToContainTextAsync($"Rate step added: {measure.Name}: 20% from July 9, 1991");
        await Expect(notice).Not.ToContainTextAsync("#");
        // A reader is not told who the editors are.
        await Expect(notice).Not.ToContainTextAsync(LoginPage.EditorEmail);
    }

    private static RateStepInput StepInput(int measureId, int sourceId, decimal rate) => new()
    {
        MeasureId = measureId,
        RatePercent = rate,
        FromDate = new DateOnly(1991, 7, 9),
        FromTime = new TimeOnly(0, 1),
        TimeZoneId = "America/New_York",
        SourceIds = [sourceId],
    };

    private async Task<(TariffMeasure Measure, Source Source)> CreateMeasureAsync()
    {
        Source source;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            source = await db.Sources.AsNoTracking().Where(s => s.Title != "").OrderBy(s => s.Id).FirstAsync(Ct);
        }

        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var measure = await app.Services.GetRequiredService<MeasureEditor>().CreateAsync(Editor, new MeasureInput
        {
            Key = $"NZL-ISL-HIST-{unique}",
            ImposingEconomyCode = "NZL",
            TargetEconomyCode = "ISL",
            Name = $"History check surcharge {unique}",
            LegalBasis = "Test order",
            Coverage = Coverage.AllGoods,
            Combination = Combination.Adds,
            Status = MeasureStatus.InEffect,
            SourceIds = [source.Id],
        }, Ct);
        return (measure, source);
    }
}
