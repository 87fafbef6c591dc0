using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>An economy and how much the tracker holds about it.</summary>
public sealed record EconomyActivity(Economy Economy, int MeasureCount, int EventCount)
{
    public bool IsTracked => MeasureCount + EventCount > 0;
}

public sealed class EconomyService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Every economy with its count of measures (imposed or aimed at it) and events: tracked ones first, then by name.</summary>
    public async Task<List<EconomyActivity>> GetDirectoryAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var economies = await db.Economies.AsNoTracking().OrderBy(e => e.Name).ToListAsync(ct);
        var imposed = await db.Measures.GroupBy(m => m.ImposingEconomyCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var aimed = await db.Measures.Where(m => m.TargetEconomyCode != null)
            .GroupBy(m => m.TargetEconomyCode!).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var events = await db.Events.SelectMany(e => e.Economies).GroupBy(x => x.Code).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var measureCounts = imposed.Concat(aimed).GroupBy(x => x.Code).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var eventCounts = events.ToDictionary(x => x.Code, x => x.Count);
        return economies
            .Select(e => new EconomyActivity(e, measureCounts.GetValueOrDefault(e.Code), eventCounts.GetValueOrDefault(e.Code)))
            .OrderByDescending(a => a.IsTracked)
            .ThenBy(a => a.Economy.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<List<Economy>> GetAllAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Economies.AsNoTracking().OrderBy(e => e.Name).ToListAsync(ct);
    }

    public async Task<Economy?> FindAsync(string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = code.Trim().ToUpperInvariant();
        return await db.Economies.AsNoTracking().FirstOrDefaultAsync(e => e.Code == normalized, ct);
    }
}
