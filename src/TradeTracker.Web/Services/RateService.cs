using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Rates in force: loads a pair's measures and applies <see cref="RateCalculator"/>.</summary>
public sealed class RateService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    public async Task<RateSnapshot> GetSnapshotAsync(string imposer, string target, DateTimeOffset at, CancellationToken ct = default)
    {
        var measures = await GetPairMeasuresAsync(imposer, target, ct);
        return RateCalculator.Compute(imposer, target, at, measures);
    }

    /// <summary>Every measure one economy applies to another (global ones included), with schedules and sources:
    /// all-goods measures first, never-applied ones after the rest.</summary>
    public Task<List<TariffMeasure>> GetPairMeasuresAsync(string imposer, string target, CancellationToken ct = default) =>
        cache.GetAsync($"pair-measures:{imposer}:{target}", loadCt => LoadPairMeasuresAsync(imposer, target, loadCt), ct);

    private async Task<List<TariffMeasure>> LoadPairMeasuresAsync(string imposer, string target, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.ImposingEconomyCode == imposer && (m.TargetEconomyCode == target || m.TargetEconomyCode == null))
            .Include(m => m.Steps).ThenInclude(s => s.Sources)
            .Include(m => m.Sources)
            .Include(m => m.AffectedMeasures)
            .AsSplitQuery()
            .ToListAsync(ct);
        return measures.Where(m => RateCalculator.AppliesTo(m, imposer, target))
            .OrderBy(m => m.Coverage)
            .ThenBy(m => m.CanApply ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The pairs that have at least one bilateral measure, imposer first.</summary>
    public Task<List<(string Imposer, string Target)>> GetPairsAsync(CancellationToken ct = default) =>
        cache.GetAsync("pairs", LoadPairsAsync, ct);

    private async Task<List<(string Imposer, string Target)>> LoadPairsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pairs = await db.Measures.AsNoTracking()
            .Where(m => m.TargetEconomyCode != null)
            .Select(m => new { m.ImposingEconomyCode, m.TargetEconomyCode })
            .Distinct()
            .ToListAsync(ct);
        return pairs.Select(p => (p.ImposingEconomyCode, p.TargetEconomyCode!)).OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
    }
}
