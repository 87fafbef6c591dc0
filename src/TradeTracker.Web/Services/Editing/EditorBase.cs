using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Services.Editing;

/// <summary>The write path every editable kind shares: the role check, validation, the version check, saving in one
/// transaction and logging who changed what. Used by the admin page, the API and the import alike, so each rule holds
/// on all of them. Deleting archives; restoring, reverting to an earlier version and purging go through here too, and
/// every save is audited by <see cref="AuditInterceptor"/>.</summary>
public abstract class EditorBase<TEntity, TInput>(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger logger)
    where TEntity : EditableEntity
{
    protected abstract string Kind { get; }

    /// <summary>The row as editor input, as the forms and the API show it.</summary>
    public abstract TInput ToInput(TEntity entity);

    /// <summary>The set the entity lives in, with what <see cref="Apply"/> needs loaded.</summary>
    protected abstract IQueryable<TEntity> Query(AppDbContext db);

    /// <summary>Checks the input against the store; <paramref name="id"/> is null when creating.</summary>
    protected abstract Task ValidateAsync(AppDbContext db, TInput input, int? id, ErrorBag errors, CancellationToken ct);

    /// <summary>Copies validated input onto the entity.</summary>
    protected abstract Task Apply(AppDbContext db, TEntity entity, TInput input, CancellationToken ct);

    protected virtual Task ValidateDeleteAsync(AppDbContext db, TEntity entity, ErrorBag errors, CancellationToken ct) => Task.CompletedTask;

    public async Task<TEntity> CreateAsync(ClaimsPrincipal user, TInput input, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
        var entity = await CreateInAsync(db, input, ct);
        logger.LogInformation("{Actor} created {Kind} {Id}", actor, Kind, entity.Id);
        return entity;
    }

    /// <summary>Validates and saves a new row in a context the caller owns (and whose transaction it commits or rolls
    /// back), so a batch of rows is checked by the same rules, each seeing the rows saved before it. The caller has
    /// checked the role and set <see cref="AppDbContext.Actor"/>.</summary>
    public async Task<TEntity> CreateInAsync(AppDbContext db, TInput input, CancellationToken ct = default)
    {
        var errors = new ErrorBag();
        await ValidateAsync(db, input, null, errors, ct);
        errors.ThrowIfAny();

        var entity = Activator.CreateInstance<TEntity>();
        await Apply(db, entity, input, ct);
        db.Add(entity);
        await db.SaveChangesAsync(ct);
        return entity;
    }

    public Task<TEntity> UpdateAsync(ClaimsPrincipal user, int id, Guid version, TInput input, CancellationToken ct = default) =>
        UpdateAsync(user, id, version, input, null, ct);

    private async Task<TEntity> UpdateAsync(ClaimsPrincipal user, int id, Guid version, TInput input, string? note, CancellationToken ct)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
        db.AuditNote = note;
        var entity = await UpdateInAsync(db, id, version, input, ct);
        logger.LogInformation("{Actor} updated {Kind} {Id} {Note}", actor, Kind, id, note ?? "");
        return entity;
    }

    /// <summary>Validates and saves a change of the row <paramref name="id"/> at <paramref name="version"/> in a context
    /// the caller owns, as <see cref="CreateInAsync"/> does for a new row: the same rules, the version check and the
    /// audit entry of <see cref="UpdateAsync(ClaimsPrincipal, int, Guid, TInput, CancellationToken)"/>.</summary>
    public async Task<TEntity> UpdateInAsync(AppDbContext db, int id, Guid version, TInput input, CancellationToken ct = default)
    {
        var entity = await LoadAsync(db, id, version, ct);
        var errors = new ErrorBag();
        await ValidateAsync(db, input, id, errors, ct);
        errors.ThrowIfAny();

        await Apply(db, entity, input, ct);
        if (db.Entry(entity).State == EntityState.Unchanged)
        {
            // Only links changed: still a change of this row, so it gets a new version and audit stamp.
            db.Entry(entity).State = EntityState.Modified;
        }

        await SaveAsync(db, ct);
        return entity;
    }

    /// <summary>Every rule <paramref name="input"/> breaks, by input field, without saving anything: what a save would
    /// refuse. <paramref name="id"/> is the row it would change, null for a new row.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ValidateInAsync(AppDbContext db, TInput input, int? id, CancellationToken ct = default)
    {
        var errors = new ErrorBag();
        await ValidateAsync(db, input, id, errors, ct);
        return errors.ToDictionary();
    }

    /// <summary>The stored row as editor input with its current version, or null when there is none or it is archived
    /// (an archived row is not edited until restored).</summary>
    public async Task<(TInput Input, Guid Version)?> FindInAsync(AppDbContext db, int id, CancellationToken ct = default)
    {
        // Split: SQLite cannot flatten a LEFT JOIN onto a many-to-many subquery, so one query would scan every link
        // table in full for each row (an import of 5,000 stored events took 150 s to compare instead of a few).
        var entity = await Query(db).AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        return entity is null ? null : (ToInput(entity), entity.Version);
    }

    /// <summary>Deletes for readers: the row is archived (hidden everywhere but the admin page) and can be restored
    /// with its links.</summary>
    public async Task DeleteAsync(ClaimsPrincipal user, int id, Guid version, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
        var entity = await LoadAsync(db, id, version, ct);
        var errors = new ErrorBag();
        await ValidateDeleteAsync(db, entity, errors, ct);
        errors.ThrowIfAny();

        entity.ArchivedAt = time.GetUtcNow();
        entity.ArchivedBy = actor;
        await SaveAsync(db, ct);
        logger.LogInformation("{Actor} archived {Kind} {Id}", actor, Kind, id);
    }

    /// <summary>Brings an archived row back, with its links, if it still passes the rules (a step may now overlap one
    /// added since, for example).</summary>
    public async Task<TEntity> RestoreAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
        var entity = await Query(db).IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id && e.ArchivedAt != null, ct)
            ?? throw new RowNotFoundException($"archived {Kind}", id);
        var errors = new ErrorBag();
        await ValidateAsync(db, ToInput(entity), id, errors, ct);
        errors.ThrowIfAny();

        entity.ArchivedAt = null;
        entity.ArchivedBy = null;
        await SaveAsync(db, ct);
        logger.LogInformation("{Actor} restored archived {Kind} {Id}", actor, Kind, id);
        return entity;
    }

    /// <summary>Removes an archived row for good. Admins only; the audit log keeps its last version.</summary>
    public async Task PurgeAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        if (!user.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException("Only admins can purge a row for good; editors can archive it.");
        }

        await using var db = await OpenAsync(actor, ct);
        var entity = await PurgeQuery(db).IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new RowNotFoundException(Kind, id);
        var errors = new ErrorBag();
        if (!entity.IsArchived)
        {
            errors.Add("Id", $"Only an archived {Kind} can be purged: delete (archive) it first.");
        }

        await ValidateDeleteAsync(db, entity, errors, ct);
        errors.ThrowIfAny();

        db.Remove(entity);
        await SaveAsync(db, ct);
        logger.LogInformation("{Actor} purged {Kind} {Id}", actor, Kind, id);
    }

    /// <summary>Makes an earlier version (the row as an audit entry recorded it) the current one: a new, audited
    /// change that passes the same rules as any other edit.</summary>
    public async Task<TEntity> RevertAsync(ClaimsPrincipal user, int id, Guid version, long auditEntryId, CancellationToken ct = default)
    {
        RequireEditor(user);
        TInput input;
        AuditEntry entry;
        await using (var scratch = await dbFactory.CreateDbContextAsync(ct))
        {
            entry = await scratch.AuditEntries.AsNoTracking().FirstOrDefaultAsync(a => a.Id == auditEntryId, ct)
                ?? throw new RowNotFoundException("audit entry", (int)auditEntryId);
            var entity = await Query(scratch).FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new RowNotFoundException(Kind, id);
            if (entry.EntityId != id.ToString(System.Globalization.CultureInfo.InvariantCulture) || entry.Action == AuditAction.Purged)
            {
                throw new ValidationFailedException(new Dictionary<string, string[]> { ["AuditEntryId"] = [$"That history entry is not a version of this {Kind}."] });
            }

            await AuditSnapshot.ApplyAsync(scratch, scratch.Entry(entity), entry.Snapshot, ct);
            input = ToInput(entity);
        }

        return await UpdateAsync(user, id, version, input, $"Restored the version saved by {entry.Actor} at {entry.At:yyyy-MM-dd HH:mm:ss} UTC", ct);
    }

    /// <summary>Logs a change a derived editor makes in a context of its own (beyond create, update and delete).</summary>
    protected void LogChange(string actor, string change, int id) => logger.LogInformation("{Actor} {Change} {Kind} {Id}", actor, change, Kind, id);

    /// <summary>What a purge loads, so rows that go with it (a measure's steps) are audited too.</summary>
    protected virtual IQueryable<TEntity> PurgeQuery(AppDbContext db) => Query(db);

    /// <summary>Only editors and admins write; checked here, on the server, whatever the caller.</summary>
    public static string RequireEditor(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || !(user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin)))
        {
            throw new UnauthorizedAccessException("Only editors can change the tracker. Sign in with an editor account.");
        }

        return user.Identity.Name ?? "editor";
    }

    protected async Task<AppDbContext> OpenAsync(string actor, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.Actor = actor;
        return db;
    }

    private async Task<TEntity> LoadAsync(AppDbContext db, int id, Guid version, CancellationToken ct)
    {
        // Split, as in FindInAsync: an import updating many rows would otherwise scan the link tables for each.
        var entity = await Query(db).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null)
        {
            var archived = await db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.ArchivedAt != null, ct);
            throw archived is null
                ? new RowNotFoundException(Kind, id)
                : new ConcurrencyConflictException(
                    $"This {Kind} was deleted by {archived.ArchivedBy} at {archived.ArchivedAt:u} after you opened it. It is in the archive: restore it there first if it should stay, then reapply your change.");
        }

        if (entity.Version != version)
        {
            throw new ConcurrencyConflictException(
                $"This {Kind} was changed by {entity.UpdatedBy} at {entity.UpdatedAt:u} after you opened it. Reload it to see their change, then reapply yours.");
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        return entity;
    }

    private async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                $"This {Kind} was changed or deleted by someone else while you were saving. Reload it and reapply your change.");
        }
    }

    /// <summary>Checks that every source id exists (or is planned by an import) and that there is at least one.</summary>
    protected static async Task<List<Source>> RequireSourcesAsync(AppDbContext db, IReadOnlyCollection<int> ids, ErrorBag errors, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            errors.Add("SourceIds", "Give at least one source: every fact shown needs one.");
            return [];
        }

        var sources = await db.Sources.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        foreach (var missing in PlannedRows.Missing(ids, sources.Select(s => s.Id), db.Planned?.SourceIds))
        {
            errors.Add("SourceIds", $"Source {missing} does not exist.");
        }

        return sources;
    }

    protected static async Task CheckEconomyAsync(AppDbContext db, string field, string? code, string label, bool required, ErrorBag errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                errors.Add(field, $"{label} is required.");
            }

            return;
        }

        if (!await db.Economies.AnyAsync(e => e.Code == code, ct))
        {
            errors.Add(field, $"'{code}' is not a known economy: use an ISO 3166-1 alpha-3 code such as USA, CHN or EUN.");
        }
    }

    protected static void CheckZone(string field, string? zone, ErrorBag errors)
    {
        if (!ZonedTime.IsKnownZone(zone))
        {
            errors.Add(field, $"'{zone}' is not a known IANA time zone; use one such as America/New_York or Asia/Shanghai.");
        }
    }

    protected static void CheckDate(string field, DateOnly? date, string label, ErrorBag errors)
    {
        if (date is { } day && !AsOf.IsInRange(day))
        {
            errors.Add(field, $"{label} must fall between {AsOf.FirstYear} and {AsOf.LastYear}.");
        }
    }

    /// <summary>Replaces the contents of a many-to-many list with the given rows.</summary>
    protected static void ReplaceAll<T>(List<T> target, IEnumerable<T> rows)
    {
        target.Clear();
        target.AddRange(rows);
    }
}
