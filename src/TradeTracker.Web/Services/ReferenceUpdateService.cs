using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services;

/// <summary>One field of a held reference update: the row's value (as an editor left it) and the shipped one.</summary>
public sealed record ReferenceFieldChange(string Field, string? Current, string? Shipped);

/// <summary>A newer shipped version of a seeded row an editor had changed, as <c>/admin</c> lists it.</summary>
public sealed record ReferenceUpdateItem(
    int Id, string Key, string EntityKind, int EntityId, string Title, string Link, DateTimeOffset FoundAt, IReadOnlyList<ReferenceFieldChange> Fields);

/// <summary>The reference updates the seeder held because an editor had changed the row (<see cref="ReferenceUpdate"/>):
/// listed for editors, who take the shipped version (applied through the row's editor service, so its validation,
/// version check and audit apply, with the editor as the actor) or dismiss it (the editor's version stays).</summary>
public sealed class ReferenceUpdateService(
    IDbContextFactory<AppDbContext> dbFactory, MeasureEditor measureEditor, RateStepEditor stepEditor, EventEditor eventEditor,
    DeadlineEditor deadlineEditor, TimeProvider time, ILogger<ReferenceUpdateService> logger)
{
    public async Task<List<ReferenceUpdateItem>> GetOpenAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var updates = await db.ReferenceUpdates.AsNoTracking().Where(u => u.ResolvedAt == null).OrderBy(u => u.Key).ToListAsync(ct);
        var items = new List<ReferenceUpdateItem>();
        foreach (var u in updates)
        {
            var (title, link) = await DescribeAsync(db, u, ct);
            var current = JsonSerializer.Deserialize<Dictionary<string, string?>>(u.Current) ?? [];
            var proposed = JsonSerializer.Deserialize<Dictionary<string, string?>>(u.Proposed) ?? [];
            var fields = proposed.Keys.Union(current.Keys).Order(StringComparer.Ordinal)
                .Select(f => new ReferenceFieldChange(f, current.GetValueOrDefault(f), proposed.GetValueOrDefault(f))).ToList();
            items.Add(new ReferenceUpdateItem(u.Id, u.Key, u.EntityKind, u.EntityId, title, link, u.FoundAt, fields));
        }

        return items;
    }

    /// <summary>Applies the shipped version to the row through its editor service and marks the update taken.</summary>
    public async Task TakeAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var actor = MeasureEditor.RequireEditor(user);
        var update = await OpenUpdateAsync(id, ct);
        var shipped = new ShippedReference();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.Actor = actor;
            var sources = new SourceCatalog(await db.Sources.ToListAsync(ct), db);
            sources.RegisterCurated(shipped.Curated);
            var reference = update.Key[(update.Key.IndexOf(':', StringComparison.Ordinal) + 1)..];
            switch (update.EntityKind)
            {
                case SeedLedger.MeasureKind:
                    await TakeMeasureAsync(db, user, update, reference, shipped, sources, ct);
                    break;
                case SeedLedger.EventKind:
                    await TakeEventAsync(db, user, update, reference, shipped, sources, ct);
                    break;
                default:
                    await TakeDeadlineAsync(db, user, update, shipped.Deadline(shipped.DeadlineRows[reference], sources), ct);
                    break;
            }
        }

        await ResolveAsync(update.Id, actor, ReferenceUpdateResolution.Taken, ct);
        logger.LogInformation("{Actor} took the shipped version of {Key} (reference update {Id})", actor, update.Key, update.Id);
    }

    /// <summary>Marks the update dismissed: the editor's version of the row stays.</summary>
    public async Task DismissAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var actor = MeasureEditor.RequireEditor(user);
        var update = await OpenUpdateAsync(id, ct);
        await ResolveAsync(update.Id, actor, ReferenceUpdateResolution.Dismissed, ct);
        logger.LogInformation("{Actor} dismissed the shipped version of {Key} (reference update {Id})", actor, update.Key, update.Id);
    }

    private async Task TakeMeasureAsync(
        AppDbContext db, ClaimsPrincipal user, ReferenceUpdate update, string key, ShippedReference shipped, SourceCatalog sources, CancellationToken ct)
    {
        var group = shipped.Groups.Single(g => g.Key == key);
        var zone = await db.Economies.Where(e => e.Code == group.Imposer).Select(e => e.TimeZoneId).SingleAsync(ct);
        var events = await db.Events.Where(e => e.ReferenceId != null).ToDictionaryAsync(e => e.ReferenceId!, e => e.Id, ct);
        var measure = shipped.Measure(group, zone, sources, r => events.TryGetValue(r, out var e) ? e : null);
        RequireSameVersion(update, SeedContent.Of(measure));
        await db.SaveChangesAsync(ct);

        var affectedKeys = measure.AffectedMeasures.Select(a => a.Key).ToList();
        var affected = await db.Measures.AsNoTracking().Where(m => affectedKeys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, ct);
        var row = await db.Measures.AsNoTracking().Include(m => m.Sources).Include(m => m.AffectedMeasures).Include(m => m.Steps).ThenInclude(s => s.Sources).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == update.EntityId, ct) ?? throw new RowNotFoundException("measure", update.EntityId);
        SeedContent.Copy(measure, row, k => affected.GetValueOrDefault(k));
        await measureEditor.UpdateAsync(user, row.Id, row.Version, measureEditor.ToInput(row), ct);

        foreach (var step in measure.Steps)
        {
            if (row.Steps.FirstOrDefault(s => s.ReferenceId == step.ReferenceId) is { } mine)
            {
                if (!SeedContent.Of(mine).SequenceEqual(SeedContent.Of(step)))
                {
                    SeedContent.Copy(step, mine);
                    await stepEditor.UpdateAsync(user, mine.Id, mine.Version, stepEditor.ToInput(mine), ct);
                }
            }
            else
            {
                step.TariffMeasureId = row.Id;
                await stepEditor.CreateAsync(user, stepEditor.ToInput(step), ct);
            }
        }
    }

    private async Task TakeEventAsync(
        AppDbContext db, ClaimsPrincipal user, ReferenceUpdate update, string reference, ShippedReference shipped, SourceCatalog sources, CancellationToken ct)
    {
        var ev = shipped.EventRows.FirstOrDefault(r => r.Id == reference) is { } row
            ? ShippedReference.Event(row, sources)
            : ShippedReference.Event(shipped.Curated.Events.Single(c => c.ReferenceId == reference), sources);
        RequireSameVersion(update, SeedContent.Of(ev));
        await db.SaveChangesAsync(ct);

        var stored = await db.Events.AsNoTracking().Include(e => e.Sources).Include(e => e.Economies).Include(e => e.Measures).Include(e => e.Deadlines).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == update.EntityId, ct) ?? throw new RowNotFoundException("event", update.EntityId);
        SeedContent.Copy(ev, stored);
        await eventEditor.UpdateAsync(user, stored.Id, stored.Version, eventEditor.ToInput(stored), ct);
    }

    private async Task TakeDeadlineAsync(AppDbContext db, ClaimsPrincipal user, ReferenceUpdate update, Deadline deadline, CancellationToken ct)
    {
        RequireSameVersion(update, SeedContent.Of(deadline));
        await db.SaveChangesAsync(ct);

        var stored = await db.Deadlines.AsNoTracking().Include(d => d.Sources).Include(d => d.Measures).Include(d => d.Extensions).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == update.EntityId, ct) ?? throw new RowNotFoundException("deadline", update.EntityId);
        var known = stored.Extensions.Count;
        SeedContent.Copy(deadline, stored);
        var updated = await deadlineEditor.UpdateAsync(user, stored.Id, stored.Version, deadlineEditor.ToInput(stored), ct);
        var version = updated.Version;
        foreach (var ext in stored.Extensions.Skip(known))
        {
            var local = ZonedTime.ToLocal(ext.NewDueAt, ext.TimeZoneId);
            version = (await deadlineEditor.ExtendAsync(user, stored.Id, version, new ExtensionInput
            {
                NewDueDate = DateOnly.FromDateTime(local.DateTime),
                NewDueTime = TimeOnly.FromDateTime(local.DateTime),
                TimeZoneId = ext.TimeZoneId,
                DecidedOn = ext.DecidedOn,
                Note = ext.Note,
                SourceId = ext.Source?.Id,
            }, ct)).Version;
        }
    }

    /// <summary>The shipped version must be the one the update offered: a later release holds its own update.</summary>
    private static void RequireSameVersion(ReferenceUpdate update, SeedContent.Fields shipped)
    {
        if (SeedContent.Hash(shipped) != update.ContentHash)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["Id"] = ["A newer release of the reference data replaced this update: restart the app to list it, then take that one."],
            });
        }
    }

    private async Task<ReferenceUpdate> OpenUpdateAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var update = await db.ReferenceUpdates.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new RowNotFoundException("reference update", id);
        return update.ResolvedAt is null
            ? update
            : throw new ConcurrencyConflictException($"This reference update was already {update.Resolution?.ToString().ToLowerInvariant()} by {update.ResolvedBy} at {update.ResolvedAt:u}.");
    }

    private async Task ResolveAsync(int id, string actor, ReferenceUpdateResolution resolution, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Actor = actor;
        var update = await db.ReferenceUpdates.SingleAsync(u => u.Id == id, ct);
        update.ResolvedAt = time.GetUtcNow();
        update.ResolvedBy = actor;
        update.Resolution = resolution;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The row's name and where readers see it.</summary>
    private static async Task<(string Title, string Link)> DescribeAsync(AppDbContext db, ReferenceUpdate u, CancellationToken ct)
    {
        switch (u.EntityKind)
        {
            case SeedLedger.MeasureKind:
                var m = await db.Measures.AsNoTracking().Where(x => x.Id == u.EntityId)
                    .Select(x => new { x.Name, x.ImposingEconomyCode, x.TargetEconomyCode }).SingleOrDefaultAsync(ct);
                return m is null ? (u.Key, "/admin") : (m.Name, m.TargetEconomyCode is null ? "/tariffs" : $"/tariffs/{m.ImposingEconomyCode}/{m.TargetEconomyCode}");
            case SeedLedger.EventKind:
                var e = await db.Events.AsNoTracking().Where(x => x.Id == u.EntityId).Select(x => new { x.Title, x.StartsOn }).SingleOrDefaultAsync(ct);
                var day = e?.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return e is null ? (u.Key, "/admin") : (e.Title, $"/timeline?from={day}&to={day}#event-{u.EntityId}");
            default:
                var title = await db.Deadlines.AsNoTracking().Where(x => x.Id == u.EntityId).Select(x => x.Title).SingleOrDefaultAsync(ct);
                return (title ?? u.Key, $"/deadlines#deadline-{u.EntityId}");
        }
    }
}
