using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Data.Seed;

namespace TradeTracker.Web.Services;

/// <summary>One audit entry as pages and the API show it.</summary>
public sealed record HistoryItem(
    long Id, DateTimeOffset At, string Actor, string EntityKind, string EntityId, AuditAction Action, IReadOnlyList<FieldChange> Changes, string? Note);

/// <summary>Which changes the recent-changes list shows. Seeding is left out unless asked for.</summary>
public sealed record ChangeFilter(string? Actor = null, string? Kind = null, DateOnly? From = null, DateOnly? To = null, bool IncludeSeed = false, int Take = 200);

/// <summary>Reads the audit log: a row's history, and recent changes across the tracker.</summary>
public sealed class AuditService(IDbContextFactory<AppDbContext> dbFactory)
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

    /// <summary>Changes across all rows, newest first, filtered by who, what kind of row and when (UTC days).</summary>
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
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
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

    private static HistoryItem ToItem(AuditEntry a) => new(
        a.Id, a.At, a.Actor, a.EntityKind, a.EntityId, a.Action,
        JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, JsonOptions) ?? [], a.Note);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
