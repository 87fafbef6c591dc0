using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>The one place every save passes: stamps who created and last changed each editable row, renews its
/// concurrency token, and writes an <see cref="AuditEntry"/> for every created, changed, archived, restored or purged
/// row in the same transaction as the change, and keeps the read models (<see cref="ReadModelSet"/>) in it too. No code
/// path that saves through <see cref="AppDbContext"/> escapes it.</summary>
public sealed class AuditInterceptor(TimeProvider time, ReadModelSet readModels) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db && !db.Audit.WritingEntries)
        {
            Prepare(db);
            if (db.Audit.ReadModelWork.Count > 0)
            {
                db.Audit.ReadModelWork.Clear();
                db.Audit.Pending.Clear();
                throw new InvalidOperationException("This save changes rows the read models are built from: save with SaveChangesAsync, which keeps them.");
            }

            if (db.Audit.Pending.Count > 0 && db.Database.CurrentTransaction is null)
            {
                db.Audit.OwnedTransaction = db.Database.BeginTransaction();
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && !db.Audit.WritingEntries)
        {
            Prepare(db);
            if ((db.Audit.Pending.Count > 0 || db.Audit.ReadModelWork.Count > 0) && db.Database.CurrentTransaction is null)
            {
                db.Audit.OwnedTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is AppDbContext db && !db.Audit.WritingEntries)
        {
            try
            {
                if (TakeEntries(db) is { } entries)
                {
                    db.Audit.WritingEntries = true;
                    db.AuditEntries.AddRange(entries);
                    db.SaveChanges();
                }

                db.Audit.OwnedTransaction?.Commit();
            }
            finally
            {
                db.Audit.WritingEntries = false;
                db.Audit.EndTransaction();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && !db.Audit.WritingEntries)
        {
            try
            {
                db.Audit.WritingEntries = true;
                if (TakeEntries(db) is { } entries)
                {
                    db.AuditEntries.AddRange(entries);
                    await db.SaveChangesAsync(cancellationToken);
                }

                foreach (var work in db.Audit.TakeReadModelWork())
                {
                    await work.ApplyAsync(db, cancellationToken);
                }

                if (db.Audit.OwnedTransaction is { } transaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                db.Audit.WritingEntries = false;
                db.Audit.EndTransaction();
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is AppDbContext db && !db.Audit.WritingEntries)
        {
            db.Audit.Pending.Clear();
            db.Audit.ReadModelWork.Clear();
            db.Audit.EndTransaction();
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Prepare(AppDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        foreach (var entry in db.ChangeTracker.Entries<EditableEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedBy = db.Actor;
                entry.Entity.CreatedAt = now;
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.UpdatedBy = db.Actor;
                entry.Entity.UpdatedAt = now;
                entry.Entity.Version = Guid.NewGuid();
            }
        }

        db.Audit.At = now;
        db.Audit.Pending.AddRange(AuditTrail.Capture(db));
        db.Audit.ReadModelWork.AddRange(readModels.Capture(db));
    }

    private static List<AuditEntry>? TakeEntries(AppDbContext db)
    {
        if (db.Audit.Pending.Count == 0)
        {
            return null;
        }

        var entries = db.Audit.Pending.Select(p => p.ToEntry(db.Audit.At, db.Actor, db.AuditNote)).OfType<AuditEntry>().ToList();
        db.Audit.Pending.Clear();
        db.Audit.Unannounced.Add(entries, MeasureNames(db, entries.Take(db.Audit.Unannounced.Room)));
        return entries.Count == 0 ? null : entries;
    }

    /// <summary>The names of the measures of the rate steps among <paramref name="announced"/>, so their notices name
    /// them (one query, and none when no rate step is announced).</summary>
    private static Dictionary<int, string> MeasureNames(AppDbContext db, IEnumerable<AuditEntry> announced)
    {
        var ids = announced.Select(e => AuditRowName.MeasureIdOf(e.EntityKind, e.SnapshotText())).OfType<int>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : db.Measures.IgnoreQueryFilters().AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionary(m => m.Id, m => m.Name);
    }
}
