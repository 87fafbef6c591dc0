using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Setup;

namespace TradeTracker.Web.Services.Editing;

/// <summary>The write path every editable kind shares: the role check, validation, the version check, saving in one
/// transaction and logging who changed what. Used by the admin page and the API alike, so each rule holds on both.</summary>
public abstract class EditorBase<TEntity, TInput>(IDbContextFactory<AppDbContext> dbFactory, ILogger logger)
    where TEntity : EditableEntity
{
    protected abstract string Kind { get; }

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

    public async Task<TEntity> UpdateAsync(ClaimsPrincipal user, int id, Guid version, TInput input, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
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
        logger.LogInformation("{Actor} updated {Kind} {Id}", actor, Kind, id);
        return entity;
    }

    public async Task DeleteAsync(ClaimsPrincipal user, int id, Guid version, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
        var entity = await LoadAsync(db, id, version, ct);
        var errors = new ErrorBag();
        await ValidateDeleteAsync(db, entity, errors, ct);
        errors.ThrowIfAny();

        db.Remove(entity);
        await SaveAsync(db, ct);
        logger.LogInformation("{Actor} deleted {Kind} {Id}", actor, Kind, id);
    }

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
        var entity = await Query(db).FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new RowNotFoundException(Kind, id);
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

    /// <summary>Checks that every source id exists and that there is at least one.</summary>
    protected static async Task<List<Source>> RequireSourcesAsync(AppDbContext db, IReadOnlyCollection<int> ids, ErrorBag errors, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            errors.Add("SourceIds", "Give at least one source: every fact shown needs one.");
            return [];
        }

        var sources = await db.Sources.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        foreach (var missing in ids.Except(sources.Select(s => s.Id)))
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
        if (date is { Year: < 1900 or > 2100 })
        {
            errors.Add(field, $"{label} must fall between 1900 and 2100.");
        }
    }

    /// <summary>Replaces the contents of a many-to-many list with the given rows.</summary>
    protected static void ReplaceAll<T>(List<T> target, IEnumerable<T> rows)
    {
        target.Clear();
        target.AddRange(rows);
    }
}
