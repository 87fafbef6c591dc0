using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>The record of an import commit while it writes its batches, and its undo: every row a batch created is
/// removed, every row it changed is put back as it was before the import, every source it created is removed (unless
/// someone cites it by then). The undo is itself audited ("Undone: CSV import ..."), so the history shows the rows
/// came and went. Undoing goes newest change first, a few hundred changes per transaction, each batch deleting the
/// journal entries it undid: an undo cut short is finished by the next one.</summary>
public sealed class ImportUndo(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<ImportUndo> logger)
{
    /// <summary>On PostgreSQL, several instances share the store: a run that wrote no batch for this long belongs to
    /// an instance that died (a live import writes one every fraction of a second).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private const int ChangesPerTransaction = 200;

    public async Task<int> StartAsync(string actor, string what, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var run = new ImportRun { Actor = actor, What = what, StartedAt = now, HeartbeatAt = now, State = ImportRunState.Writing };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    /// <summary>Marks a batch written, in the batch's transaction.</summary>
    public async Task BeatAsync(AppDbContext db, int runId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), ct);
    }

    /// <summary>Every batch is written: the import is kept, and its journal is no longer needed (the audit log keeps
    /// the history).</summary>
    public async Task FinishAsync(int runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.ImportRunChanges.Where(c => c.ImportRunId == runId).ExecuteDeleteAsync(ct);
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ImportRunState.Done), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Undoes every run left writing: at start on SQLite (one process owns the file, so any is interrupted),
    /// otherwise those <see cref="StaleAfter"/> without a batch. The number undone.</summary>
    public async Task<int> UndoUnfinishedAsync(bool atStart, CancellationToken ct)
    {
        List<(int Id, DateTimeOffset HeartbeatAt)> runs;
        bool sqlite;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            sqlite = db.Database.IsSqlite();
            runs = (await db.ImportRuns.AsNoTracking().Where(r => r.State == ImportRunState.Writing).Select(r => new { r.Id, r.HeartbeatAt }).ToListAsync(ct))
                .Select(r => (r.Id, r.HeartbeatAt)).ToList();
        }

        var stale = time.GetUtcNow() - StaleAfter;
        var undone = 0;
        foreach (var run in runs.Where(r => (atStart && sqlite) || r.HeartbeatAt < stale))
        {
            try
            {
                await UndoAsync(run.Id, "interrupted: the app stopped while the import was being written", ct);
                undone++;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // One run that cannot be undone now (a busy store) does not hold up the others; the next sweep retries.
                logger.LogError(ex, "Could not undo interrupted CSV import {RunId}; trying again at the next sweep", run.Id);
            }
        }

        return undone;
    }

    public async Task UndoAsync(int runId, string why, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.State == ImportRunState.Writing, ct) is not { } run)
        {
            return;
        }

        db.Actor = run.Actor;
        var note = $"Undone: CSV import {run.Id} of {run.What} ({why})";
        var changes = 0;
        while (true)
        {
            var batch = await (
                    from c in db.ImportRunChanges
                    where c.ImportRunId == runId
                    join a in db.AuditEntries on c.AuditEntryId equals a.Id
                    orderby c.AuditEntryId descending
                    select new { Change = c.Id, Entry = a })
                .AsNoTracking().Take(ChangesPerTransaction).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var change in batch)
            {
                db.AuditNote = note.Length <= 500 ? note : note[..500];
                await UndoChangeAsync(db, change.Entry, ct);
                db.ChangeTracker.Clear();
            }

            var done = batch.Select(c => c.Change).ToList();
            await db.ImportRunChanges.Where(c => done.Contains(c.Id)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            changes += batch.Count;
        }

        await db.ImportRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ImportRunState.Undone).SetProperty(r => r.Outcome, why.Length <= 2000 ? why : why[..2000]), ct);
        logger.LogWarning("Undid CSV import {RunId} of {What} by {Actor}: {Changes} changes undone, because {Why}", run.Id, run.What, run.Actor, changes, why);
    }

    /// <summary>Undoes one audited change of the import: a created row is removed, a changed row put back as the
    /// change's audit entry says it was before. A row gone since (purged by an editor) has nothing to undo.</summary>
    private async Task UndoChangeAsync(AppDbContext db, AuditEntry change, CancellationToken ct)
    {
        var id = int.Parse(change.EntityId, System.Globalization.CultureInfo.InvariantCulture);
        var entity = change.EntityKind switch
        {
            AuditKinds.Measure => await FindAsync<TariffMeasure>(db, id, ct),
            AuditKinds.RateStep => await FindAsync<RateStep>(db, id, ct),
            AuditKinds.Event => await FindAsync<TradeEvent>(db, id, ct),
            AuditKinds.Deadline => await FindAsync<Deadline>(db, id, ct),
            AuditKinds.Source => await FindAsync<Source>(db, id, ct),
            _ => null,
        };
        if (entity is null)
        {
            return;
        }

        if (change.Action == AuditAction.Created)
        {
            if (entity is Source && await SourceEditor.CitationsAsync(db, id, ct) > 0)
            {
                logger.LogWarning("Kept source {SourceId} an undone import created: another row cites it now", id);
                return;
            }

            db.Remove(entity);
        }
        else
        {
            var entry = db.Entry(entity);
            // The links the snapshot puts back, and a deadline's extensions (those the import added go).
            foreach (var collection in entry.Collections.Where(c => c.Metadata is ISkipNavigation || c.Metadata.Name == nameof(Deadline.Extensions)))
            {
                await collection.LoadAsync(ct);
            }

            var before = change.SnapshotBefore();
            await AuditSnapshot.ApplyAsync(db, entry, before, ct);
            if (entity is Deadline deadline)
            {
                RemoveLaterExtensions(deadline, before);
            }

            entry.State = entry.State == EntityState.Unchanged ? EntityState.Modified : entry.State;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The snapshot's extension list is the deadline's history before the change: extensions the import added
    /// are removed (an import adds extensions, never changes or removes them).</summary>
    private static void RemoveLaterExtensions(Deadline deadline, string before)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string?>>(before, AuditTrail.Json) ?? [];
        if (fields.GetValueOrDefault(nameof(Deadline.Extensions)) is not { } json)
        {
            return;
        }

        var kept = (JsonSerializer.Deserialize<List<KeptExtension>>(json, AuditTrail.Json) ?? []).Select(e => e.NewDueAt).ToHashSet();
        deadline.Extensions.RemoveAll(e => !kept.Contains(e.NewDueAt));
    }

    private static async Task<EditableEntity?> FindAsync<T>(AppDbContext db, int id, CancellationToken ct)
        where T : EditableEntity =>
        await db.Set<T>().IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct);

    private sealed record KeptExtension(DateTimeOffset NewDueAt);
}
