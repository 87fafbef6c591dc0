using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Rates in force: loads a pair's measures and applies <see cref="RateCalculator"/>.</summary>
public sealed class RateService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>The rate one economy charges another at an instant, with its layers. Reads only the steps in force
    /// during the instant's UTC day (and the steps that follow them, which say whether their end was known), kept by
    /// <see cref="ReadCache"/> for that day until the next change; the calculation itself runs for the exact instant.</summary>
    public async Task<RateSnapshot> GetSnapshotAsync(string imposer, string target, DateTimeOffset at, CancellationToken ct = default)
    {
        var day = at.UtcDateTime.Date;
        var measures = await cache.GetAsync($"rates-day:{imposer}:{target}:{day:yyyy-MM-dd}",
            loadCt => LoadInForceAsync(imposer, target, new DateTimeOffset(day, TimeSpan.Zero), loadCt), ct);
        return RateCalculator.Compute(imposer, target, at, measures);
    }

    /// <summary>The pair's measures (global ones included) that have a step in force at some instant of the UTC day from
    /// <paramref name="dayStart"/>, each with only those steps, their sources, and the steps starting when one of them
    /// ends (<see cref="RateCalculator.KnownUntil"/>).</summary>
    private async Task<List<TariffMeasure>> LoadInForceAsync(string imposer, string target, DateTimeOffset dayStart, CancellationToken ct)
    {
        var dayEnd = dayStart.AddDays(1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.ImposingEconomyCode == imposer && (m.TargetEconomyCode == target || m.TargetEconomyCode == null))
            .Where(m => m.Steps.Any(s => s.InForceFrom < dayEnd && (s.InForceUntil == null || s.InForceUntil > dayStart)))
            .Include(m => m.Steps.Where(s => s.InForceFrom < dayEnd && (s.InForceUntil == null || s.InForceUntil > dayStart))).ThenInclude(s => s.Sources)
            .Include(m => m.Sources)
            .Include(m => m.AffectedMeasures)
            .AsSplitQuery()
            .ToListAsync(ct);

        var ends = measures.SelectMany(m => m.Steps).Select(s => s.InForceUntil).OfType<DateTimeOffset>().Distinct().ToList();
        if (ends.Count > 0)
        {
            var ids = measures.Select(m => m.Id).ToList();
            var byId = measures.ToDictionary(m => m.Id);
            var loaded = measures.SelectMany(m => m.Steps).Select(s => s.Id).ToHashSet();
            var next = await db.RateSteps.AsNoTracking()
                .Where(s => ids.Contains(s.TariffMeasureId) && s.InForceFrom != null && ends.Contains(s.InForceFrom.Value))
                .ToListAsync(ct);
            foreach (var step in next.Where(s => !loaded.Contains(s.Id)))
            {
                byId[step.TariffMeasureId].Steps.Add(step);
            }
        }

        return measures;
    }

    /// <summary>Every measure one economy applies to another (global ones included), with whole schedules and sources,
    /// as the pair page and its chart show them: all-goods measures first, never-applied ones after the rest.</summary>
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
