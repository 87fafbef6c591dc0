using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>Writers never wait on an import (issue 11): a preview holds no write transaction, a commit writes in short
/// batches that are still one import, kept whole or undone (a batch that fails, a process that died), and the preview's
/// report is the commit's row by row.</summary>
public sealed class ImportBatchesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string EventHeader = "external_id,date,end_date,kind,title,location,participants,summary,economies,measure_keys,deadline_ids,confidence,source_publisher,source_title,source_url";
    private const string StepHeader = "external_id,measure_key,rate_percent,effective_date,effective_time,until_date,until_time,time_zone,announced_date,never_applied,notes,source_publisher,source_title,source_url";
    private const string MeasureHeader = "measure_key,imposing_economy,target_economy,name,legal_basis,coverage,combination,affects,source_publisher,source_title,source_url";
    private const string DeadlineHeader = "external_id,due,time_zone,title,what_happens,status,featured,source_publisher,source_title,source_url";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string EventRow(string id, string summary = "Two days of talks.", string url = "https://example.org/geneva") =>
        $"{id},2025-05-10,,negotiation_round,Talks {id},Geneva,,{summary},USA;CHN,,,confirmed,Example Wire,Talks end,{url}";

    private static string EventFile(int rows, string prefix) =>
        string.Join("\n", [EventHeader, .. Enumerable.Range(0, rows).Select(i => EventRow($"{prefix}-{i:D5}", url: $"https://example.org/{prefix}/{i % 7}"))]);

    [Fact]
    [Trait("Store", TestStore.SqliteOnly)]
    public async Task PreviewAsync_WhileItChecksRows_OtherWritersAndTokenCallsDoNotWait()
    {
        var secret = await factory.CreateTokenAsync(await factory.CreateAccountAsync("preview-bystander", TradeTracker.Web.Services.Accounts.Roles.Editor));
        var csv = EventFile(300, CsvFiles.NewId("PV"));
        var seen = new List<(bool LockFree, int TokenStatus, int WriteStatus)>();
        var during = new OnProgress(rows =>
        {
            if (seen.Count == 0 && rows < 300)
            {
                // Mid-preview, on the import's own thread: the store must take another writer now.
                seen.Add((TryWriteLock(factory.DatabasePath),
                    (int)factory.CreateBearerClient(secret).GetAsync("/api/sources/1/history", Ct).GetAwaiter().GetResult().StatusCode,
                    (int)factory.CreateClientAs("editor").SendAsync(HttpMethod.Post, "/api/sources", factory.ValidBodyAsync("sources").GetAwaiter().GetResult()).GetAwaiter().GetResult().StatusCode));
            }
        });

        var preview = await factory.GetService<CsvImportService>().PreviewAsync(ImportKind.Events, CsvFiles.Stream(csv), during, Ct);

        Assert.Equal(300, preview.ToAdd);
        Assert.Equal([(true, 200, 201)], seen);
    }

    [Fact]
    [Trait("Store", TestStore.SqliteOnly)]
    public async Task CommitAsync_ManyRows_WritesInBatchesBetweenWhichOtherWritersGetTheStore()
    {
        var prefix = CsvFiles.NewId("CB");
        var lockFree = new List<bool>();
        var during = new OnProgress(_ => lockFree.Add(TryWriteLock(factory.DatabasePath)));

        var commit = await factory.GetService<CsvImportService>().CommitAsync(TradeTrackerFactory.User("editor"), ImportKind.Events, CsvFiles.Stream(EventFile(300, prefix)), during, Ct);

        Assert.True(commit.Committed);
        Assert.True(lockFree.Count >= 300 / CsvImportService.BatchRows, $"{lockFree.Count} progress reports");
        Assert.All(lockFree, Assert.True);
        await using var db = factory.CreateDbContext();
        Assert.Equal(300, await db.Events.CountAsync(e => e.ReferenceId!.StartsWith(prefix), Ct));
        var run = await db.ImportRuns.OrderByDescending(r => r.Id).FirstAsync(Ct);
        Assert.Equal(ImportRunState.Done, run.State);
        Assert.False(await db.ImportRunChanges.AnyAsync(c => c.ImportRunId == run.Id, Ct));
    }

    /// <summary>Files whose rows lean on the rows before them: what saving them in order would report, the preview
    /// reports without saving, and the commit does exactly that.</summary>
    [Fact]
    public async Task PreviewAndCommit_FilesWhoseRowsSeeTheRowsBeforeThem_ReportTheSameRowByRow()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Batches tricky surcharge");
        var storedStep = CsvFiles.NewId("RS");
        var url = $"https://example.org/{CsvFiles.NewId("SRC")}";
        Assert.True((await factory.CommitAsync(ImportKind.RateSteps, $"{StepHeader}\n{storedStep},{measure.Key},10,2025-01-01,,2025-03-01,,,,false,,Example Wire,Step,{url}")).Committed);
        var featured = CsvFiles.NewId("DL");
        Assert.True((await factory.CommitAsync(ImportKind.Deadlines, $"{DeadlineHeader}\n{featured},2025-09-01,America/New_York,Featured {featured},Tariffs rise.,pending,true,Example Wire,Notice,{url}")).Committed);

        var (a, b, newUrl) = (CsvFiles.NewId("TM"), CsvFiles.NewId("TM"), $"https://example.org/{CsvFiles.NewId("SRC")}");
        var files = new (ImportKind Kind, string Csv, bool Commits)[]
        {
            // A measure, then one replacing it (affects names the row above), both citing a source the first creates.
            (ImportKind.Measures, string.Join("\n", MeasureHeader,
                $"{a},USA,CHN,New surcharge,Order 1,all_goods,adds,,Example Wire,New notice,{newUrl}",
                $"{b},USA,CHN,Its replacement,Order 2,all_goods,replaces,{a},Example Wire,New notice,{newUrl}"), true),
            // The same key twice: the second is told the key is taken, as saving the first would have told it.
            (ImportKind.Measures, string.Join("\n", MeasureHeader,
                $"{a}X,USA,CHN,Twice,Order 3,all_goods,adds,,Example Wire,Notice,{url}",
                $"{a}X,USA,CHN,Twice again,Order 3,all_goods,adds,,Example Wire,Notice,{url}"), false),
            // The stored step moves later; a new step takes its old months (no overlap once the first row is saved).
            (ImportKind.RateSteps, string.Join("\n", StepHeader,
                $"{storedStep},{measure.Key},10,2025-04-01,,2025-06-01,,,,false,,Example Wire,Step,{url}",
                $"{CsvFiles.NewId("RS")},{measure.Key},15,2025-01-01,,2025-04-01,,,,false,,Example Wire,Step,{newUrl}"), true),
            // A step overlapping the row before it.
            (ImportKind.RateSteps, string.Join("\n", StepHeader,
                $"{CsvFiles.NewId("RS")},{measure.Key},20,2026-01-01,,2026-06-01,,,,false,,Example Wire,Step,{url}",
                $"{CsvFiles.NewId("RS")},{measure.Key},25,2026-03-01,,,,,,false,,Example Wire,Step,{url}"), false),
            // A new featured deadline un-features the stored one, so the stored one's row (featured false) is unchanged.
            (ImportKind.Deadlines, string.Join("\n", DeadlineHeader,
                $"{CsvFiles.NewId("DL")},2025-10-01,America/New_York,Newly featured,Tariffs rise again.,pending,true,Example Wire,Notice,{url}",
                $"{featured},2025-09-01,America/New_York,Featured {featured},Tariffs rise.,pending,false,Example Wire,Notice,{url}"), true),
        };

        foreach (var (kind, csv, commits) in files)
        {
            var preview = await factory.PreviewAsync(kind, csv);
            var commit = await factory.CommitAsync(kind, csv);

            Assert.Equal(commits, commit.Committed);
            Assert.Equal(preview.FileErrors, commit.FileErrors);
            Assert.Equal(preview.Rows.Select(r => (r.Number, r.Outcome, string.Join("|", r.Errors), string.Join("|", r.Warnings))),
                commit.Rows.Select(r => (r.Number, r.Outcome, string.Join("|", r.Errors), string.Join("|", r.Warnings))));
        }

        var reports = new List<ImportReport>();
        foreach (var (kind, csv, _) in files)
        {
            reports.Add(await factory.PreviewAsync(kind, csv));
        }

        // What saving in order said: the second key is taken, the overlapping step overlaps, the un-featured deadline
        // is left alone; and every committed file is now in the store unchanged.
        Assert.Contains(reports[1].Rows[1].Errors, e => e.StartsWith("measure_key: Another measure already has the key", StringComparison.Ordinal));
        Assert.Contains(reports[3].Rows[1].Errors, e => e.StartsWith("effective_date: This overlaps the 20% step", StringComparison.Ordinal));
        Assert.All(new[] { reports[0], reports[2], reports[4] }.SelectMany(r => r.Rows), r => Assert.Equal("unchanged", r.Outcome));
        await using var db = factory.CreateDbContext();
        var replacement = await db.Measures.Include(m => m.AffectedMeasures).Include(m => m.Sources).SingleAsync(m => m.Key == b, Ct);
        Assert.Equal(a, Assert.Single(replacement.AffectedMeasures).Key);
        Assert.Equal(newUrl, Assert.Single(replacement.Sources).Url);
        Assert.Equal(1, await db.Sources.CountAsync(s => s.Url == newUrl, Ct));
    }

    [Fact]
    public async Task CommitAsync_StoreChangedBeforeALaterBatch_UndoesEveryBatchWrittenAndNamesTheRow()
    {
        var prefix = CsvFiles.NewId("UN");
        var (kept, changed) = ($"{prefix}-KEPT", $"{prefix}-EDIT");
        var storedUrl = $"https://example.org/{prefix}/stored";
        Assert.True((await factory.CommitAsync(ImportKind.Events, string.Join("\n", EventHeader, EventRow(kept, url: storedUrl), EventRow(changed, url: storedUrl)))).Committed);
        var keptBefore = await SummaryAsync(kept);
        var newUrl = $"https://example.org/{prefix}/new";
        // More rows than one batch takes, so a later batch exists however fast the machine writes.
        var rows = Enumerable.Range(0, CsvImportService.BatchRows + 20).Select(i => EventRow($"{prefix}-{i:D3}", url: newUrl)).ToList();
        rows.Insert(1, EventRow(kept, summary: "Updated by the import.", url: storedUrl));
        rows.Add(EventRow(changed, summary: "The import's summary.", url: storedUrl));
        var csv = string.Join("\n", [EventHeader, .. rows]);

        // Once the first batch is written, an editor changes the row the last batch updates.
        var edited = false;
        var during = new OnProgress(_ =>
        {
            if (!edited && EventExists($"{prefix}-000"))
            {
                edited = true;
                EditSummaryAsync(changed, "An editor's summary.").GetAwaiter().GetResult();
            }
        });

        var commit = await factory.GetService<CsvImportService>().CommitAsync(TradeTrackerFactory.User("editor"), ImportKind.Events, CsvFiles.Stream(csv), during, Ct);

        Assert.True(edited);
        Assert.False(commit.Committed);
        var failed = Assert.Single(commit.Rows, r => r.Status == ImportRowStatus.Error);
        Assert.Equal(rows.Count + 1, failed.Number);
        Assert.Contains("changed", Assert.Single(failed.Errors), StringComparison.Ordinal);
        Assert.Contains("were undone", failed.Errors[0], StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Events.IgnoreQueryFilters().AnyAsync(e => e.ReferenceId!.StartsWith(prefix + "-0") || e.ReferenceId.StartsWith(prefix + "-1"), Ct));
        Assert.False(await db.Sources.AnyAsync(s => s.Url == newUrl, Ct));
        Assert.Equal(keptBefore, await SummaryAsync(kept));
        Assert.Equal("An editor's summary.", await SummaryAsync(changed));
        var run = await db.ImportRuns.OrderByDescending(r => r.Id).FirstAsync(Ct);
        Assert.Equal(ImportRunState.Undone, run.State);
        Assert.Contains($"row {failed.Number} failed", run.Outcome, StringComparison.Ordinal);
        Assert.False(await db.ImportRunChanges.AnyAsync(c => c.ImportRunId == run.Id, Ct));

        // The history is truthful: the rows came and went, and the undo says why.
        var keptId = (await db.Events.SingleAsync(e => e.ReferenceId == kept, Ct)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var history = await db.AuditEntries.Where(a => a.EntityKind == AuditKinds.Event && a.EntityId == keptId).OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Updated], history.Select(h => h.Action));
        Assert.StartsWith($"Undone: CSV import {run.Id} of events", history[^1].Note, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Purged && a.Note!.StartsWith($"Undone: CSV import {run.Id} "), Ct));
    }

    [Fact]
    [Trait("Store", TestStore.SqliteOnly)]
    public async Task Start_ImportLeftWritingByAProcessThatStopped_IsUndoneBeforeTheFirstRequest()
    {
        var prefix = CsvFiles.NewId("KI");
        using var stopped = new SemaphoreSlim(0);
        using var stuck = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var during = new OnProgress(_ =>
        {
            if (EventExists($"{prefix}-00000"))
            {
                // The first batch is in the store: the process "dies" here, never finishing nor undoing.
                stopped.Release();
                Task.Delay(Timeout.Infinite, stuck.Token).Wait(CancellationToken.None);
            }
        });
        var commit = Task.Run(() => factory.GetService<CsvImportService>().CommitAsync(TradeTrackerFactory.User("editor"), ImportKind.Events, CsvFiles.Stream(EventFile(100, prefix)), during, Ct), Ct);
        await stopped.WaitAsync(Ct);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(ImportRunState.Writing, (await db.ImportRuns.OrderByDescending(r => r.Id).FirstAsync(Ct)).State);
            Assert.True(await db.Events.CountAsync(e => e.ReferenceId!.StartsWith(prefix), Ct) > 0);
        }

        // The app starts again on the same file.
        await using var restarted = new StoreFactory(_ => new TestStore(factory.Directory, null));
        await using (var db = restarted.CreateDbContext())
        {
            Assert.Equal(0, await db.Events.CountAsync(e => e.ReferenceId!.StartsWith(prefix), Ct));
            var run = await db.ImportRuns.OrderByDescending(r => r.Id).FirstAsync(Ct);
            Assert.Equal(ImportRunState.Undone, run.State);
            Assert.Contains("interrupted", run.Outcome, StringComparison.Ordinal);
        }

        await stuck.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => commit);
    }

    private bool EventExists(string referenceId)
    {
        using var db = factory.CreateDbContext();
        return db.Events.Any(e => e.ReferenceId == referenceId);
    }

    private async Task<string> SummaryAsync(string referenceId)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Events.SingleAsync(e => e.ReferenceId == referenceId, Ct)).Summary;
    }

    private async Task EditSummaryAsync(string referenceId, string summary)
    {
        var editor = factory.GetService<EventEditor>();
        int id;
        await using (var db = factory.CreateDbContext())
        {
            id = (await db.Events.SingleAsync(e => e.ReferenceId == referenceId, Ct)).Id;
        }

        await using (var db = factory.CreateDbContext())
        {
            var (input, version) = (await editor.FindInAsync(db, id, Ct))!.Value;
            input.Summary = summary;
            await editor.UpdateAsync(TradeTrackerFactory.User("editor"), id, version, input, Ct);
        }
    }

    /// <summary>Whether another connection gets SQLite's write lock within a second (what a writer would wait for).</summary>
    internal static bool TryWriteLock(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");
        connection.Open();
        try
        {
            using var transaction = connection.BeginTransaction();
            transaction.Rollback();
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 5)
        {
            return false;
        }
    }

    /// <summary>Runs on the import's own thread at each progress report, while the import is mid-way.</summary>
    private sealed class OnProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
