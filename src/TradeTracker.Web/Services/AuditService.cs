using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>One audit entry as pages and the API show it.</summary>
public sealed record HistoryItem(
    long Id, DateTimeOffset At, string Actor, string EntityKind, string EntityId, AuditAction Action, IReadOnlyList<FieldChange> Changes, string? Note);

/// <summary>One audit entry as people read it: who, when (on the display zone's clock), what happened to which row
/// (named, never by id), and each changed field labelled, with its values in words (names for links, local times,
/// dates as people write them; a list as its items).</summary>
public sealed record HistoryView(
    long Id, DateTimeOffset At, string When, string Actor, AuditAction Action, string What, string RowName, IReadOnlyList<FieldView> Changes, string? Note)
{
    /// <summary>"Added", "Changed", "Removed", "Restored", "Deleted for good".</summary>
    public string ActionText => char.ToUpperInvariant(AuditKinds.Verb(Action)[0]) + AuditKinds.Verb(Action)[1..];
}

/// <summary>A changed field as people read it: its label and its values before and after (none, one, or a list's items).</summary>
public sealed record FieldView(string Label, IReadOnlyList<string> Before, IReadOnlyList<string> After);

/// <summary>Which changes the recent-changes list shows. Seeding is left out unless asked for.</summary>
public sealed record ChangeFilter(string? Actor = null, string? Kind = null, DateOnly? From = null, DateOnly? To = null, bool IncludeSeed = false, int Take = 200);

/// <summary>Reads the audit log: a row's history, and recent changes across the tracker. The raw entries
/// (<see cref="HistoryItem"/>, field names and JSON values) are for the API; pages show them through
/// <see cref="DescribeAsync"/>.</summary>
public sealed class AuditService(IDbContextFactory<AppDbContext> dbFactory, DisplayClock clock)
{
    public const int MaxTake = 1000;

    /// <summary>Every change of one row, newest first.</summary>
    public async Task<List<HistoryItem>> GetHistoryAsync(string kind, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKind == kind && a.EntityId == key)
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);
        return entries.Select(ToItem).ToList();
    }

    /// <summary>Changes across all rows, newest first, filtered by who, what kind of row and when (days on the display
    /// zone's calendar, as the pages show the times).</summary>
    public async Task<List<HistoryItem>> GetRecentAsync(ChangeFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(a => a.Actor == filter.Actor);
        }
        else if (!filter.IncludeSeed)
        {
            query = query.Where(a => a.Actor != ReferenceDataSeeder.Actor);
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            query = query.Where(a => a.EntityKind == filter.Kind);
        }

        if (filter.From is { } from)
        {
            var start = ZonedTime.StartOfDay(from, clock.TimeZoneId);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = ZonedTime.StartOfDay(to.AddDays(1), clock.TimeZoneId);
            query = query.Where(a => a.At < end);
        }

        var entries = await query.OrderByDescending(a => a.Id).Take(Math.Clamp(filter.Take, 1, MaxTake)).ToListAsync(ct);
        return entries.Select(ToItem).ToList();
    }

    /// <summary>Everyone who has changed anything, for the editor filter.</summary>
    public async Task<List<string>> GetActorsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().Select(a => a.Actor).Distinct().OrderBy(a => a).ToListAsync(ct);
    }

    /// <summary>The entries <paramref name="items"/> as people read them, in the same order; links are named with one
    /// query per kind of row they point to.</summary>
    public async Task<List<HistoryView>> DescribeAsync(IReadOnlyList<HistoryItem> items, CancellationToken ct = default)
    {
        if (items.Count == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var snapshots = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.SnapshotText(), ct);
        var names = await HistoryNames.LoadAsync(db, items, snapshots.Values, ct);
        return items.Select(item =>
        {
            var snapshot = snapshots.GetValueOrDefault(item.Id) ?? [];
            var zone = snapshot.GetValueOrDefault(nameof(RateStep.TimeZoneId)) is { } z && ZonedTime.IsKnownZone(z) ? z : "Etc/UTC";
            var measure = AuditRowName.MeasureIdOf(item.EntityKind, snapshot) is { } m ? names.MeasureName(m) : null;
            return new HistoryView(
                item.Id, item.At, clock.Format(item.At), item.Actor, item.Action, AuditKinds.Label(item.EntityKind),
                AuditRowName.Of(item.EntityKind, snapshot, measure),
                item.Changes.Select(c => new FieldView(Labels.Field(c.Field), names.Values(c.Field, c.Before, zone), names.Values(c.Field, c.After, zone))).ToList(),
                item.Note);
        }).ToList();
    }

    private static HistoryItem ToItem(AuditEntry a) => new(
        a.Id, a.At, a.Actor, a.EntityKind, a.EntityId, a.Action,
        JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, JsonOptions) ?? [], a.Note);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
