using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Import;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>A past view shows neither deadlines announced later nor outcomes decided later. The seeded July 8 (D029) and
/// August 1 (D030) deadlines get their announcement and decision days here through the editor, as an editor would set
/// them (the reference data's own values arrive with the 2026 seed).</summary>
public sealed class DeadlinesAsOfTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string August1Title = "Extended pause end for other trading partners";

    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task EditAsync(string referenceId, Action<DeadlineInput> change)
    {
        await using var db = factory.CreateDbContext();
        var id = await db.Deadlines.Where(d => d.ReferenceId == referenceId).Select(d => d.Id).SingleAsync(Ct);
        var deadline = (await factory.GetService<AdminQueries>().GetDeadlineAsync(id, Ct))!;
        var input = DeadlineInput.From(deadline);
        change(input);
        await factory.GetService<DeadlineEditor>().UpdateAsync(TradeTrackerFactory.User("editor"), id, deadline.Version, input, Ct);
    }

    /// <summary>The August 1 deadline was set by the order of July 7, 2025; D029's outcome (extended by that order) was
    /// decided that day, and its "what happens" says only what was due.</summary>
    private async Task ArrangeAsync()
    {
        await EditAsync("D030", d => (d.AnnouncedDate, d.AnnouncedTime) = (new DateOnly(2025, 7, 7), new TimeOnly(18, 0)));
        await EditAsync("D029", d =>
        {
            d.WhatHappens = "Country-specific rates for non-China partners would resume.";
            d.OutcomeDecidedOn = new DateOnly(2025, 7, 7);
        });
    }

    [Fact]
    public async Task GetDashboardAndDeadlines_AsOfJune9Of2025_DoNotListTheAugust1DeadlineTheJuly7OrderCreated()
    {
        await ArrangeAsync();

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
        await ArrangeAsync();

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
        await ArrangeAsync();

        var json = await client.GetStringAsync("/api/deadlines?asOf=2025-07-06&pageSize=200", Ct);
        var later = await client.GetStringAsync("/api/deadlines?asOf=2025-07-08&pageSize=200", Ct);

        Assert.DoesNotContain(August1Title, json);
        Assert.DoesNotContain("executive order of July 7", json);
        Assert.Contains(August1Title, later);
        Assert.Contains("executive order of July 7", later);
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
