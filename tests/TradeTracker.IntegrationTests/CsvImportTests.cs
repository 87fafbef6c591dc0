using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>The CSV import as an editor uses it: preview, then commit all rows or none; a second import of the same
/// file changes nothing. Each test uses its own external ids, so the tests share the fixture's store safely.</summary>
public sealed class CsvImportTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string EventHeader = "external_id,date,end_date,kind,title,location,participants,summary,economies,measure_keys,deadline_ids,confidence,source_publisher,source_title,source_url";
    private const string StepHeader = "external_id,measure_key,rate_percent,effective_date,effective_time,until_date,until_time,time_zone,announced_date,never_applied,notes,source_publisher,source_title,source_url";
    private const string DeadlineHeader = "external_id,due,time_zone,title,what_happens,status,outcome,featured,confidence,measure_keys,extended_to,extension_decided_on,extension_note,extension_source_url,source_publisher,source_title,source_url";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CommitAsync_StoredRowWithAChangedValue_UpdatesItAuditedWithANewVersionAndASecondRunChangesNothing()
    {
        var id = CsvFiles.NewId("EV");
        var original = string.Join("\n", EventHeader, EventRow(id, url: $"https://example.org/{id}"));
        Assert.True((await factory.CommitAsync(ImportKind.Events, original)).Committed);
        var (rowId, version) = await EventVersionAsync(id);
        var changed = original.Replace("Two days of talks.", "Two days of talks; a truce.", StringComparison.Ordinal);

        var preview = await factory.PreviewAsync(ImportKind.Events, changed);
        var commit = await factory.CommitAsync(ImportKind.Events, changed);

        Assert.Equal("update (fields: summary)", Assert.Single(preview.Rows).Outcome);
        Assert.True(commit.Committed);
        Assert.Equal(1, commit.ToUpdate);
        await using (var db = factory.CreateDbContext())
        {
            var stored = await db.Events.AsNoTracking().SingleAsync(e => e.Id == rowId, Ct);
            Assert.Equal("Two days of talks; a truce.", stored.Summary);
            Assert.NotEqual(version, stored.Version);
            var audit = await db.AuditEntries.AsNoTracking()
                .SingleAsync(a => a.EntityKind == AuditKinds.Event && a.EntityId == rowId.ToString() && a.Action == AuditAction.Updated, Ct);
            Assert.Equal(stored.UpdatedBy, audit.Actor);
            Assert.Contains("summary", audit.Changes, StringComparison.OrdinalIgnoreCase);
        }

        var updatedVersion = (await EventVersionAsync(id)).Version;
        var again = await factory.CommitAsync(ImportKind.Events, changed);

        Assert.Equal("unchanged", Assert.Single(again.Rows).Outcome);
        Assert.Equal(updatedVersion, (await EventVersionAsync(id)).Version);
    }

    [Fact]
    public async Task PreviewAsync_ThreeBadStepRows_ReportsEveryProblemOfEveryRowAtOnce()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("One-pass import surcharge");
        var url = $"https://example.org/{CsvFiles.NewId("SRC")}";
        var stored = $"{CsvFiles.NewId("RS")},{measure.Key},10,2025-01-01,,2025-06-01,,,,false,,Example Wire,Surcharge,{url}";
        Assert.True((await factory.CommitAsync(ImportKind.RateSteps, $"{StepHeader}\n{stored}")).Committed);
        var csv = string.Join("\n",
            StepHeader,
            // An out-of-range rate and an overlap with the stored step: both.
            $"{CsvFiles.NewId("RS")},{measure.Key},2000,2025-03-01,,2025-04-01,,,,false,,,,{url}",
            // A bad source: not saved, yet the next row is still told it overlaps this one.
            $"{CsvFiles.NewId("RS")},{measure.Key},15,2025-07-01,,2025-09-01,,,,false,,Example Wire,,not-a-url",
            // An unreadable clock time, an overlap with the row above and one with the stored step.
            $"{CsvFiles.NewId("RS")},{measure.Key},5,2025-05-01,25:00,,,,,false,,,,{url}");

        var preview = await factory.PreviewAsync(ImportKind.RateSteps, csv);

        Assert.Equal(3, preview.WithErrors);
        Assert.Contains(preview.Rows[0].Errors, e => e.StartsWith("rate_percent: Rate must be between 0 and 1000", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[0].Errors, e => e.StartsWith("effective_date: This overlaps the 10% step", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[1].Errors, e => e.StartsWith("source_url:", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[2].Errors, e => e.StartsWith("effective_time: '25:00' is not a clock time", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[2].Errors, e => e.StartsWith("effective_date: This overlaps the 10% step", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[2].Errors, e => e.Contains("overlaps the 15% step", StringComparison.Ordinal) && e.Contains("row 3's step", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PreviewAsync_TwoRowsWithTwoProblemsEach_ReportsAllFourEachWithItsColumn()
    {
        var (a, b) = (CsvFiles.NewId("EV"), CsvFiles.NewId("EV"));
        var csv = string.Join("\n",
            EventHeader,
            // An unreadable date and an unknown economy.
            EventRow(a, date: "10 May 2025", economies: "USA;XXX", url: $"https://example.org/{a}"),
            // An unknown kind and a source address that is not one.
            EventRow(b, url: "not-a-url").Replace("negotiation_round", "party", StringComparison.Ordinal));

        var preview = await factory.PreviewAsync(ImportKind.Events, csv);

        Assert.Equal(2, preview.WithErrors);
        Assert.Equal(["date", "economies"], preview.Rows[0].Problems.Select(p => p.Column));
        Assert.Equal(["kind", "source_url"], preview.Rows[1].Problems.Select(p => p.Column));
        Assert.Equal("4 problems", preview.ProblemCount);
        Assert.All(preview.Rows.SelectMany(r => r.Problems), p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public async Task PreviewAsync_HeadersEventIdAndDate_AreReadAsTheirColumnsWithAWarning()
    {
        var id = CsvFiles.NewId("EV");
        var header = EventHeader.Replace("external_id,date,", "Event_ID,Date,", StringComparison.Ordinal);

        var preview = await factory.PreviewAsync(ImportKind.Events, $"{header}\n{EventRow(id, url: $"https://example.org/{id}")}");

        Assert.Empty(preview.FileErrors);
        Assert.Contains("Column 'Event_ID' is read as external_id.", preview.FileWarnings);
        Assert.Contains("Column 'Date' is read as date.", preview.FileWarnings);
        var row = Assert.Single(preview.Rows);
        Assert.Equal(id, row.ExternalId);
        Assert.Equal("new", row.Outcome);
    }

    [Fact]
    public async Task CommitAsync_StoredDeadlineWithALaterExtension_AddsItAndKeepsTheStoredOnes()
    {
        var id = CsvFiles.NewId("DL");
        string Row(string extendedTo, string decidedOn) =>
            $"{id},2025-07-09T00:01:00-04:00,America/New_York,Pause ends {id},Rates go back up.,extended,,false,confirmed,,\"{extendedTo}\",\"{decidedOn}\",,,Example Wire,Pause,https://example.org/{id}";
        Assert.True((await factory.CommitAsync(ImportKind.Deadlines, $"{DeadlineHeader}\n{Row("2025-08-01T00:01:00-04:00", "2025-07-07")}")).Committed);
        var twice = $"{DeadlineHeader}\n{Row("2025-08-01T00:01:00-04:00\n2025-08-12T00:01:00-04:00", "2025-07-07\n2025-08-11")}";

        var commit = await factory.CommitAsync(ImportKind.Deadlines, twice);
        var again = await factory.CommitAsync(ImportKind.Deadlines, twice);

        Assert.Equal("update (fields: extended_to)", Assert.Single(commit.Rows).Outcome);
        Assert.True(commit.Committed);
        Assert.Equal("unchanged", Assert.Single(again.Rows).Outcome);
        await using var db = factory.CreateDbContext();
        var saved = await db.Deadlines.AsNoTracking().Include(d => d.Extensions).SingleAsync(d => d.ReferenceId == id, Ct);
        Assert.Equal([new DateOnly(2025, 7, 7), new DateOnly(2025, 8, 11)], saved.Extensions.OrderBy(x => x.NewDueAt).Select(x => x.DecidedOn));
    }

    [Fact]
    public async Task PreviewAsync_MeasureRowWithBadTokens_NamesTheTokensTheColumnTakes()
    {
        var key = "TEST-" + CsvFiles.NewId("M")[2..];
        var csv = string.Join(",", CsvFormat.Columns(ImportKind.Measures)) + "\n"
            + $"{key},USA,CHN,,Test surcharge,Test order,some_goods,adds,,,,,bogus,confirmed,,,,,,Example Wire,Order,https://example.org/{key}";

        var preview = await factory.PreviewAsync(ImportKind.Measures, csv);

        var row = Assert.Single(preview.Rows);
        Assert.Contains("coverage: 'some_goods' is not one of all_goods, listed_products.", row.Errors);
        Assert.Contains(row.Errors, e => e.StartsWith("status: 'bogus' is not one of threatened, scheduled, in_effect,", StringComparison.Ordinal));
    }

    private async Task<(int Id, Guid Version)> EventVersionAsync(string referenceId)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Events.AsNoTracking().Where(e => e.ReferenceId == referenceId).Select(e => new { e.Id, e.Version }).SingleAsync(Ct);
        return (row.Id, row.Version);
    }

    private static string EventRow(string id, string date = "2025-05-10", string economies = "USA;CHN", string title = "Geneva talks", string url = "https://example.org/geneva") =>
        $"{id},{date},,negotiation_round,{title} {id},Geneva,\"He Lifeng (Vice Premier); Scott Bessent (US Treasury Secretary)\",Two days of talks.,{economies},,,confirmed,Example Wire,Geneva talks end,{url}";

    [Fact]
    public async Task PreviewAndCommit_MixedGoodAndBadRows_ListEveryBadRowsErrorAndSaveNothing()
    {
        var good = CsvFiles.NewId("EV");
        var badEconomy = CsvFiles.NewId("EV");
        var badDate = CsvFiles.NewId("EV");
        var noSummary = CsvFiles.NewId("EV");
        var csv = string.Join("\n",
            EventHeader,
            EventRow(good, url: $"https://example.org/{good}"),
            EventRow(badEconomy, economies: "USA;XXX"),
            EventRow(badDate, date: "10/05/2025"),
            $"{noSummary},2025-05-11,,statement,No summary {noSummary},,,,USA,,,confirmed,Example Wire,,https://example.org/none",
            EventRow(good, title: "Same id again"),
            $"{CsvFiles.NewId("EV")},2025-05-12,,statement,Bad source,,,A summary.,USA,,,confirmed,Example Wire,,not-a-url",
            $"{CsvFiles.NewId("EV")},2025-05-13,,statement,\"A quoted\" word,,,A summary.,USA,,,confirmed,Example Wire,,https://example.org/{good}");
        var before = await factory.CountRowsAsync();

        var preview = await factory.PreviewAsync(ImportKind.Events, csv);

        Assert.Empty(preview.FileErrors);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], preview.Rows.Select(r => r.Number));
        Assert.Equal(ImportRowStatus.Add, preview.Rows[0].Status);
        Assert.Contains(preview.Rows[1].Errors, e => e.StartsWith("economies:", StringComparison.Ordinal) && e.Contains("'XXX' is not a known economy"));
        Assert.Contains(preview.Rows[2].Errors, e => e.StartsWith("date:", StringComparison.Ordinal) && e.Contains("'10/05/2025' is not a date"));
        Assert.Contains(preview.Rows[3].Errors, e => e == "summary: is required.");
        Assert.Contains(preview.Rows[4].Errors, e => e.Contains($"{good} is also the external id of row 2"));
        Assert.Contains(preview.Rows[5].Errors, e => e.StartsWith("source_url:", StringComparison.Ordinal) && e.Contains("absolute http or https"));
        Assert.Contains(preview.Rows[6].Errors, e => e.Contains("quoting is broken"));
        Assert.Equal(6, preview.WithErrors);
        Assert.False(preview.CanCommit);

        var commit = await factory.CommitAsync(ImportKind.Events, csv);

        Assert.False(commit.Committed);
        Assert.Equal(6, commit.WithErrors);
        Assert.Equal(before, await factory.CountRowsAsync());
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Events.AnyAsync(e => e.ReferenceId == good, Ct));
        Assert.False(await db.Sources.AnyAsync(s => s.Url == $"https://example.org/{good}", Ct));
    }

    [Fact]
    public async Task PreviewAsync_StepOverlappingTheRowBefore_ReportsTheEditorsRuleOnThatRow()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Import overlap surcharge");
        var first = CsvFiles.NewId("RS");
        var second = CsvFiles.NewId("RS");
        var csv = string.Join("\n",
            StepHeader,
            $"{first},{measure.Key},10,2025-03-01,00:01,2025-06-01,00:01,,2025-02-20,false,,Example Wire,Surcharge,https://example.org/surcharge",
            $"{second},{measure.Key},20,2025-05-01,,,,,2025-04-20,false,,,,https://example.org/surcharge",
            $"{CsvFiles.NewId("RS")},NO-SUCH-MEASURE,5,2025-05-01,,,,,,false,,,,https://example.org/surcharge",
            $"{CsvFiles.NewId("RS")},{measure.Key},5,2025-07-01,25:00,,,,,false,,,,https://example.org/surcharge");

        var preview = await factory.PreviewAsync(ImportKind.RateSteps, csv);

        Assert.Equal(ImportRowStatus.Add, preview.Rows[0].Status);
        Assert.Contains(preview.Rows[1].Errors, e => e.StartsWith("effective_date: This overlaps the 10% step", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[2].Errors, e => e.StartsWith("measure_key: 'NO-SUCH-MEASURE' is not a known measure key", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[3].Errors, e => e.StartsWith("effective_time: '25:00' is not a clock time", StringComparison.Ordinal));
        Assert.Equal(0, await StepsOfAsync(measure.Id));
    }

    [Fact]
    public async Task CommitAsync_GoodFile_SavesEveryRowWithItsExternalIdAndSources()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Import good-file surcharge");
        var ids = Enumerable.Range(0, 3).Select(_ => CsvFiles.NewId("RS")).ToArray();
        var url = $"https://example.org/{ids[0]}";
        var csv = string.Join("\n",
            StepHeader,
            $"{ids[0]},{measure.Key},10,2025-03-01,00:01,2025-06-01,00:01,,2025-02-20,false,,Example Wire,Surcharge notice,{url}",
            $"{ids[1]},{measure.Key},20,2025-06-01,00:01,,,America/New_York,2025-05-20,false,Raised.,Example Wire,Surcharge notice,{url}",
            $"{ids[2]},{measure.Key},50,,,,,,2025-04-02,true,Threatened and withdrawn.,,,{url}");

        var report = await factory.CommitAsync(ImportKind.RateSteps, csv);

        Assert.True(report.Committed, string.Join(" ", report.Rows.SelectMany(r => r.Errors)));
        Assert.Equal(3, report.ToAdd);
        await using var db = factory.CreateDbContext();
        var steps = await db.RateSteps.AsNoTracking().Include(s => s.Sources)
            .Where(s => s.TariffMeasureId == measure.Id).OrderBy(s => s.Id).ToListAsync(Ct);
        Assert.Equal(ids, steps.Select(s => s.ReferenceId));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 5, 1, 0, TimeSpan.Zero), steps[0].InForceFrom);
        Assert.Equal(steps[1].InForceFrom, steps[0].InForceUntil);
        Assert.True(steps[2].NeverApplied);
        Assert.All(steps, s => Assert.Equal(url, Assert.Single(s.Sources).Url));
        Assert.All(steps, s => Assert.Equal("editor@tests.local", s.CreatedBy));
        Assert.Equal(1, await db.Sources.CountAsync(s => s.Url == url, Ct));
    }

    [Fact]
    public async Task CommitAsync_SameFileTwice_ChangesNothingTheSecondTime()
    {
        var deadline = CsvFiles.NewId("DL");
        var events = Enumerable.Range(0, 2).Select(_ => CsvFiles.NewId("EV")).ToArray();
        var deadlines = string.Join("\n",
            DeadlineHeader,
            $"{deadline},2025-07-09T00:01:00-04:00,America/New_York,Pause ends {deadline},Rates go back up.,extended,,false,confirmed,,\"2025-08-01T00:01:00-04:00\",2025-07-07,,,Example Wire,Pause,https://example.org/{deadline}");
        var eventsCsv = string.Join("\n", EventHeader,
            EventRow(events[0]) + "",
            EventRow(events[1], date: "2025-05-12").Replace(",,,confirmed,", $",,{deadline},confirmed,", StringComparison.Ordinal));

        var first = await factory.CommitAsync(ImportKind.Deadlines, deadlines);
        var firstEvents = await factory.CommitAsync(ImportKind.Events, eventsCsv);
        Assert.True(first.Committed && firstEvents.Committed, string.Join(" ", first.Rows.Concat(firstEvents.Rows).SelectMany(r => r.Errors)));
        var counts = await factory.CountRowsAsync();
        var versions = await VersionsAsync(events, deadline);

        var second = await factory.CommitAsync(ImportKind.Deadlines, deadlines);
        var secondEvents = await factory.CommitAsync(ImportKind.Events, eventsCsv);

        Assert.Equal(counts, await factory.CountRowsAsync());
        Assert.Equal(versions, await VersionsAsync(events, deadline));
        Assert.All(second.Rows.Concat(secondEvents.Rows), r => Assert.Equal(ImportRowStatus.Skip, r.Status));
        Assert.Equal("unchanged", secondEvents.Rows[0].Outcome);
        await using var db = factory.CreateDbContext();
        var saved = await db.Deadlines.AsNoTracking().Include(d => d.Extensions).Include(d => d.Events).SingleAsync(d => d.ReferenceId == deadline, Ct);
        Assert.Equal(new DateOnly(2025, 7, 7), Assert.Single(saved.Extensions).DecidedOn);
        Assert.Equal(events[1], Assert.Single(saved.Events).ReferenceId);
    }

    [Fact]
    public async Task CommitAsync_RowsWithoutExternalId_SkippedTheSecondTimeBySameDateAndTitle()
    {
        var title = "No-id statement " + CsvFiles.NewId("T");
        var csv = $"{EventHeader}\n,2025-06-01,,statement,{title},,,Said something.,USA,,,confirmed,Example Wire,,https://example.org/statement";

        var first = await factory.CommitAsync(ImportKind.Events, csv);
        var second = await factory.CommitAsync(ImportKind.Events, csv);

        Assert.Equal(ImportRowStatus.Add, Assert.Single(first.Rows).Status);
        Assert.Equal(ImportRowStatus.Skip, Assert.Single(second.Rows).Status);
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Events.CountAsync(e => e.Title == title, Ct));
    }

    [Fact]
    public async Task PreviewAsync_FileWithoutRequiredColumns_RefusesTheFileAndNamesThem()
    {
        var report = await factory.PreviewAsync(ImportKind.Deadlines, "external_id,title,colour\nD1,Something,red\n");

        // One error names what is missing, what was not recognised and what the format has.
        var error = Assert.Single(report.FileErrors);
        Assert.Contains("no due, what_happens, source_url columns", error);
        Assert.Contains("does not know: colour", error);
        Assert.Contains("may have time_zone, status", error);
        Assert.Empty(report.Rows);
        Assert.False(report.CanCommit);
    }

    [Fact]
    public async Task CommitAsync_Reader_ThrowsUnauthorizedAccessAndSavesNothing()
    {
        var id = CsvFiles.NewId("EV");
        var before = await factory.CountRowsAsync();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => factory.CommitAsync(ImportKind.Events, $"{EventHeader}\n{EventRow(id)}", user: "reader"));

        Assert.Equal(before, await factory.CountRowsAsync());
    }

    private async Task<int> StepsOfAsync(int measureId)
    {
        await using var db = factory.CreateDbContext();
        return await db.RateSteps.CountAsync(s => s.TariffMeasureId == measureId, Ct);
    }

    private async Task<List<Guid>> VersionsAsync(string[] events, string deadline)
    {
        await using var db = factory.CreateDbContext();
        var versions = await db.Events.Where(e => events.Contains(e.ReferenceId)).OrderBy(e => e.Id).Select(e => e.Version).ToListAsync(Ct);
        versions.Add(await db.Deadlines.Where(d => d.ReferenceId == deadline).Select(d => d.Version).SingleAsync(Ct));
        return versions;
    }

    [Fact]
    public async Task Commit_RowWhoseEventWasDeleted_IsSkippedNotAddedAgain()
    {
        var id = CsvFiles.NewId("EV");
        var csv = string.Join("\n", EventHeader, EventRow(id, url: $"https://example.org/{id}"));
        Assert.True((await factory.CommitAsync(ImportKind.Events, csv)).Committed);
        TradeEvent imported;
        await using (var db = factory.CreateDbContext())
        {
            imported = await db.Events.AsNoTracking().SingleAsync(e => e.ReferenceId == id, Ct);
        }

        await factory.GetService<TradeTracker.Web.Services.Editing.EventEditor>().DeleteAsync(TradeTrackerFactory.User("editor"), imported.Id, imported.Version, Ct);
        var again = await factory.CommitAsync(ImportKind.Events, csv);

        Assert.True(again.Committed);
        Assert.Equal(ImportRowStatus.Skip, Assert.Single(again.Rows).Status);
        await using var after = factory.CreateDbContext();
        Assert.Equal(1, await after.Events.IgnoreQueryFilters().CountAsync(e => e.ReferenceId == id, Ct));
        Assert.False(await after.Events.AnyAsync(e => e.ReferenceId == id, Ct));
    }
}
