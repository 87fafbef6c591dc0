using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>A past view shows neither deadlines announced later nor outcomes decided later, on the seeded data: the August 1
/// deadline (D030) was set by the order of July 7, 2025; the July 8 deadline's extension (D029) was decided that day.</summary>
public sealed class DeadlinesAsOfTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string August1Title = "Extended pause end for other trading partners";

    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetDashboardAndDeadlines_AsOfJune9Of2025_DoNotListTheAugust1DeadlineTheJuly7OrderCreated()
    {
        var dashboard = await client.GetPageAsync("/?asOf=2025-06-09");
        var deadlinesBefore = await client.GetPageAsync("/deadlines?asOf=2025-06-09");
        var deadlinesAfter = await client.GetPageAsync("/deadlines?asOf=2025-07-08");

        Assert.DoesNotContain(August1Title, dashboard);
        Assert.DoesNotContain(August1Title, deadlinesBefore);
        Assert.Contains(August1Title, deadlinesAfter);
    }

    [Fact]
    public async Task GetDashboardAndDeadlines_AsOfJuly6Of2025_SayNothingOfTheJuly7Extension()
    {
        var july6 = await client.GetPageAsync("/?asOf=2025-07-06");
        var deadlinesJuly8 = await client.GetPageAsync("/deadlines?asOf=2025-07-08");
        var deadlinesJuly6 = await client.GetPageAsync("/deadlines?asOf=2025-07-06");

        Assert.Contains("July 8 deadline", july6);
        foreach (var html in new[] { july6, deadlinesJuly6 })
        {
            Assert.DoesNotContain("Extended by EO of July 7", html);
            Assert.DoesNotContain("executive order of July 7", html);
            Assert.DoesNotContain("On July 7, 2025: extended", html);
        }

        Assert.Contains("Extended by the executive order of July 7, 2025", deadlinesJuly8);
    }

    [Fact]
    public async Task GetDeadlinesApi_AsOfJune9Of2025_LeavesOutTheAugust1DeadlineAndTheOutcomeNotYetDecided()
    {
        var json = await client.GetStringAsync("/api/deadlines?asOf=2025-07-06&pageSize=200", Ct);
        var later = await client.GetStringAsync("/api/deadlines?asOf=2025-07-08&pageSize=200", Ct);

        Assert.DoesNotContain(August1Title, json);
        Assert.DoesNotContain("executive order of July 7", json);
        Assert.Contains(August1Title, later);
        Assert.Contains("executive order of July 7", later);
    }

    [Fact]
    public async Task GetDeadlines_August1DeadlineBeforeTheJuly31Order_SaysWhatWasDueNotWhatHappened()
    {
        // The reference text "Superseded by the July 31 order, ..." is what happened: shown once that order was made.
        var july10 = await client.GetPageAsync("/deadlines?asOf=2025-07-10");
        var august2 = await client.GetPageAsync("/deadlines?asOf=2025-08-02");

        Assert.Contains(August1Title, july10);
        Assert.DoesNotContain("Superseded by the July 31 order", july10);
        Assert.Contains("Superseded by the July 31 order", august2);
    }

    private const string ImportHeader = "external_id,due,time_zone,title,what_happens,status,outcome,announced_at,outcome_decided_on,extended_to,extension_decided_on,source_publisher,source_url";

    [Fact]
    public async Task ImportDeadlines_AnnouncedAtAndOutcomeDecidedOn_AreStoredAndExportedBack()
    {
        var id = CsvFiles.NewId("DL");
        var csv = $"{ImportHeader}\n{id},2031-08-01T00:01,America/New_York,Import {id},Rates resume.,met,Met on time.,2031-07-07T18:00,2031-08-02,,,Example Wire,https://example.org/{id}";

        var report = await factory.CommitAsync(ImportKind.Deadlines, csv);

        Assert.True(report.Committed, string.Join(" ", report.Rows.SelectMany(r => r.Errors)));
        await using var db = factory.CreateDbContext();
        var stored = await db.Deadlines.SingleAsync(d => d.ReferenceId == id, Ct);
        Assert.Equal(new DateTimeOffset(2031, 7, 7, 22, 0, 0, TimeSpan.Zero), stored.AnnouncedAt);
        Assert.Equal(new DateOnly(2031, 8, 2), stored.OutcomeDecidedOn);
        var export = await factory.CreateClientAs("editor").GetStringAsync("/api/export/deadlines.csv", Ct);
        Assert.Contains("announced_at,outcome_decided_on", export);
        Assert.Contains("2031-08-02", export.Split('\n').Single(l => l.StartsWith(id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ImportDeadlines_ExtensionDecidedAfterItsNewDueDay_IsRefusedByTheEditorsRule()
    {
        var id = CsvFiles.NewId("DL");
        var csv = $"{ImportHeader}\n{id},2031-07-09T00:01,America/New_York,Import {id},Rates resume.,extended,,,,2031-08-01T00:01,2031-08-05,Example Wire,https://example.org/{id}";

        var report = await factory.PreviewAsync(ImportKind.Deadlines, csv);

        var error = Assert.Single(report.Rows.Single().Errors);
        Assert.StartsWith("extension_decided_on:", error, StringComparison.Ordinal);
        Assert.Contains("decided by the day it falls due", error, StringComparison.Ordinal);
    }
}
