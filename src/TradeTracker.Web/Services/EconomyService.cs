using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>An economy and how much the tracker holds about it.</summary>
public sealed record EconomyActivity(Economy Economy, int MeasureCount, int EventCount)
{
    public bool IsTracked => MeasureCount + EventCount > 0;
}

public sealed class EconomyService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>Every economy with its count of measures (imposed or aimed at it) and events: tracked ones first, then by name.</summary>
    public Task<List<EconomyActivity>> GetDirectoryAsync(CancellationToken ct = default) =>
        cache.GetAsync("economy-directory", LoadDirectoryAsync, ct);

    private async Task<List<EconomyActivity>> LoadDirectoryAsync(CancellationToken ct)
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

    /// <summary>Every economy in the order pickers offer them: those the tracker holds measures or events on first, then
    /// the rest, each group by name.</summary>
    public async Task<List<Economy>> GetPickOrderAsync(CancellationToken ct = default) =>
        (await GetDirectoryAsync(ct)).Select(a => a.Economy).ToList();

    /// <summary>Every economy, by name.</summary>
    public async Task<List<Economy>> GetAllAsync(CancellationToken ct = default) => (await GetIndexAsync(ct)).All;

    public async Task<Economy?> FindAsync(string? code, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(code) ? null : (await GetIndexAsync(ct)).ByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    private Task<EconomyIndex> GetIndexAsync(CancellationToken ct) => cache.GetAsync("economies", async loadCt =>
    {
        await using var db = await dbFactory.CreateDbContextAsync(loadCt);
        var all = await db.Economies.AsNoTracking().OrderBy(e => e.Name).ToListAsync(loadCt);
        return new EconomyIndex(all, all.ToDictionary(e => e.Code, StringComparer.Ordinal));
    }, ct);

    private sealed record EconomyIndex(List<Economy> All, Dictionary<string, Economy> ByCode);
}
